import { ArrowLeftOutlined } from '@ant-design/icons'
import { initialValues, validateSubmission } from '@signoff/form-renderer'
import type { AppDefinition } from '@signoff/schemas'
import { Alert, App as AntApp, Button, Card, Popconfirm, Result, Spin, Typography } from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import { ApiError, api } from '../api/client.ts'
import { pickText, useLocale, useMessages } from '../i18n/locale-store.ts'
import { initiatorOf } from '../model/directory-search.ts'
import {
  type Draft,
  type DraftDeps,
  discardDraft,
  openDraft,
  rekeyDraft,
  rememberRecent,
  saveDraft,
} from '../model/drafts.ts'
import { type FieldErrors, fieldErrorsOf } from '../model/field-errors.ts'
import { chosenApprovers, selectionsOf } from '../model/selections.ts'
import { ApproverChoices } from './approver-choices.tsx'
import { CertifiedBadge } from './certified-badge.tsx'
import { useDirectory } from './directory.tsx'
import { FormSlot } from './form-slot.tsx'
import { PathSteps } from './path-steps.tsx'
import { useMe } from './session.ts'
import { usePredictedPath } from './use-predicted-path.ts'
import { navigate } from './use-route.ts'

const draftDeps: DraftDeps = {
  store: localStorage,
  newKey: () => crypto.randomUUID(),
  now: () => new Date(),
}

/** Fill in an app's published form: the draft stays on this device, the path is predicted as values change. */
export function FillPage({ appId }: { appId: string }) {
  const t = useMessages()
  const locale = useLocale()
  const me = useMe()
  const directory = useDirectory()
  const { message } = AntApp.useApp()
  const [definition, setDefinition] = useState<AppDefinition | null | undefined>(undefined)
  const [draft, setDraft] = useState<Draft>(() => openDraft(draftDeps, me.user.id, appId))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [general, setGeneral] = useState<string[]>([])
  const [showErrors, setShowErrors] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [chosen, setChosen] = useState<Record<string, string[]>>({})
  const [choiceErrors, setChoiceErrors] = useState<Record<string, string>>({})
  // A second click while the first submit is under way does nothing; the idempotency key covers retries.
  const inFlight = useRef(false)

  useEffect(() => {
    api.app(appId).then(
      (app) => setDefinition(app.published ?? null),
      () => setDefinition(null),
    )
  }, [appId])

  const selections = useMemo(() => (definition ? selectionsOf(definition) : []), [definition])
  const selected = useMemo(() => chosenApprovers(chosen), [chosen])
  const { simulation, state } = usePredictedPath(appId, draft.values, selected, definition != null)

  const person = directory.users.find((user) => user.id === me.user.id)
  const context = useMemo(
    () => ({
      initiator: person
        ? initiatorOf(person, directory.departments)
        : { id: me.user.id, department: '', departments: [], roles: [] },
    }),
    [person, directory.departments, me.user.id],
  )

  // A new draft starts from the form's defaults (e.g. the initiator's department); it is stored only once edited.
  const seeded = useRef(false)
  useEffect(() => {
    if (seeded.current || !definition || !directory.ready) return
    seeded.current = true
    if (Object.keys(draft.values).length === 0)
      setDraft((before) => ({ ...before, values: initialValues(definition.form, context) }))
  }, [definition, directory.ready, draft.values, context])
  const nodeNames = useMemo(
    () => new Map((definition?.flow.nodes ?? []).map((node) => [node.id, pickText(node.name, locale)])),
    [definition, locale],
  )

  if (definition === undefined) return <Spin className="page-spinner" />
  if (definition === null) return <Result status="404" title={t.notFound} />

  const change = (values: Record<string, unknown>) => {
    setDraft((before) => saveDraft(draftDeps, me.user.id, appId, before, values))
    if (Object.keys(errors).length) setErrors({})
  }

  const submit = async () => {
    if (inFlight.current) return
    const checked = validateSubmission(definition.form, draft.values, { context, locale })
    if (!checked.ok) {
      setShowErrors(true)
      message.error(t.fixErrors)
      return
    }
    inFlight.current = true
    setSubmitting(true)
    setGeneral([])
    let current = draft
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const instance = await api.start(appId, checked.value, current.idempotencyKey, selected)
          discardDraft(localStorage, me.user.id, appId)
          rememberRecent(localStorage, me.user.id, appId)
          message.success(t.submitted)
          navigate({ page: 'instance', instanceId: instance.id })
          return
        } catch (caught) {
          if (caught instanceof ApiError && caught.body.code === 'idempotency_key_reused' && attempt === 0) {
            current = rekeyDraft(draftDeps, me.user.id, appId, current)
            setDraft(current)
            continue
          }
          throw caught
        }
      }
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 400) {
        const split = fieldErrorsOf(caught.body)
        const node = caught.body.path?.match(/^\/selectedApprovers\/([^/]+)/)?.[1]
        setChoiceErrors(node ? { [node]: caught.body.message } : {})
        setErrors(split.fields)
        setShowErrors(true)
        setGeneral(split.general)
        message.error(t.fixErrors)
      } else setGeneral([caught instanceof Error ? caught.message : t.actionFailed])
    } finally {
      inFlight.current = false
      setSubmitting(false)
    }
  }

  const clear = () => {
    discardDraft(localStorage, me.user.id, appId)
    setDraft(openDraft(draftDeps, me.user.id, appId))
    setErrors({})
    setShowErrors(false)
  }

  return (
    <div className="page-body fill-page">
      <div className="page-head">
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          onClick={() => navigate({ page: 'start' })}
          aria-label={t.back}
        />
        <Typography.Title level={4}>{pickText(definition.name, locale)}</Typography.Title>
        <CertifiedBadge compact />
      </div>
      <div className="two-columns">
        <Card className="main-column">
          {general.map((text) => (
            <Alert key={text} type="error" showIcon title={text} className="form-alert" />
          ))}
          <FormSlot
            appId={appId}
            form={definition.form}
            value={draft.values}
            onChange={change}
            mode="edit"
            initiator={me.user.id}
            errors={errors}
            showErrors={showErrors}
          />
          <div className="form-actions">
            <Typography.Text type="secondary" className="draft-hint">
              {t.draftKept}
            </Typography.Text>
            <Popconfirm title={t.discardDraft} onConfirm={clear} okText={t.confirm} cancelText={t.cancel}>
              <Button>{t.discardDraft}</Button>
            </Popconfirm>
            <Button type="primary" onClick={submit} loading={submitting}>
              {submitting ? t.submitting : t.submit}
            </Button>
          </div>
        </Card>
        <div className="side-column">
          {selections.length > 0 && (
            <Card title={t.chooseApprovers} size="small">
              <ApproverChoices
                selections={selections}
                chosen={chosen}
                onChange={setChosen}
                errors={choiceErrors}
              />
            </Card>
          )}
          <Card
            title={t.predictedPath}
            size="small"
            extra={state === 'loading' ? <Spin size="small" /> : null}
          >
            {state === 'failed' && !simulation ? (
              <Typography.Text type="secondary">{t.pathUnavailable}</Typography.Text>
            ) : simulation && simulation.status === 'failed' && simulation.steps.length === 0 ? (
              <Typography.Text type="secondary">{t.pathNeedsValues}</Typography.Text>
            ) : simulation ? (
              <>
                {simulation.status === 'failed' && (
                  <Alert type="warning" showIcon title={t.pathFails} className="form-alert" />
                )}
                <PathSteps steps={simulation.steps} nodeName={(id) => nodeNames.get(id)} />
              </>
            ) : (
              <Typography.Text type="secondary">{t.pathUpdating}</Typography.Text>
            )}
          </Card>
        </div>
      </div>
    </div>
  )
}
