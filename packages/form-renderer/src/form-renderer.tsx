import type { FormDefinition } from '@signoff/schemas'
import { ConfigProvider, Form } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { initialValue } from './fields/registry.ts'
import { newRowOf } from './fields/table-field.tsx'
import { liveRoot, renderFieldCells } from './live-root.tsx'
import { LiveContext, type Setup, SetupContext, useSetup } from './render-context.ts'
import { fieldStates } from './rules/field-states.ts'
import { submittedValues } from './rules/live.ts'
import {
  type FieldErrors,
  prepareValidation,
  type ValidationOutcome,
  validateSubmission,
} from './rules/validate.ts'
import { FormStyles } from './styles.tsx'
import type {
  FieldPermission,
  FormValues,
  Locale,
  RendererServices,
  RenderMode,
  RuleContext,
} from './types.ts'

export interface FormRendererProps {
  form: FormDefinition
  value: FormValues
  /** Every edit, with the whole values (hidden fields keep theirs; formulas are not included). */
  onChange?: (value: FormValues) => void
  mode?: RenderMode
  /** A flow node's field permissions; unlisted fields are editable in edit mode. */
  permissions?: Record<string, FieldPermission>
  locale?: Locale
  services?: RendererServices
  /** The initiator, the day and the calendar that conditions and formulas see. */
  context?: RuleContext
  /** Show every field's problem, not only those of fields already changed (e.g. after a submit attempt). */
  showErrors?: boolean
  /** Problems found elsewhere (the server's), by the path of the field they are about. */
  errors?: FieldErrors
}

const nobody: RuleContext['initiator'] = { id: '', department: '', departments: [], roles: [] }
const noServices: RendererServices = {}

/**
 * The values checked, or shown unchecked while the definition cannot be checked (the designer's preview
 * of a form being edited may be incomplete for a moment).
 */
function checked(
  form: FormDefinition,
  value: FormValues,
  context: RuleContext,
  locale: Locale,
  shown: boolean,
): ValidationOutcome {
  try {
    // Until a problem can be shown (nothing touched, no submit attempt) the values are only computed:
    // compiling the validator is then left to just after the first render.
    return shown
      ? validateSubmission(form, value, { context, locale })
      : { ok: false, value: submittedValues(form, value, context), errors: {} }
  } catch {
    return { ok: false, value, errors: {} }
  }
}

const topId = (path: string) => path.split('/')[1] ?? ''

/** Renders a form definition for filling in, reading or printing, with the server's rules live. */
export function FormRenderer({
  form,
  value,
  onChange,
  mode = 'edit',
  permissions,
  locale = 'zh-CN',
  services = noServices,
  context,
  showErrors = false,
  errors: external,
}: FormRendererProps) {
  // Callers often build the context inline: it counts as changed only when its content does.
  const contextKey = JSON.stringify(context ?? null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: contextKey stands for context's content.
  const rules = useMemo<RuleContext>(
    () => context ?? { initiator: nobody, today: dayjs().format('YYYY-MM-DD') },
    [contextKey],
  )
  // Services are read when used, so passing a new object each render does not re-render every field.
  const servicesRef = useRef(services)
  servicesRef.current = services
  // Several edits may land before the next render (uploads finishing): each builds on the one before.
  const latest = useRef(value)
  latest.current = value
  const listener = useRef(onChange)
  listener.current = onChange
  const [touched, setTouched] = useState(() => new Set<string>())
  const problemsShown = showErrors || touched.size > 0
  const outcome = useMemo(
    () => checked(form, value, rules, locale, problemsShown),
    [form, value, rules, locale, problemsShown],
  )
  useEffect(() => {
    const timer = setTimeout(() => prepareValidation(form))
    return () => clearTimeout(timer)
  }, [form])
  const states = useMemo(() => fieldStates(form, outcome.value, rules), [form, outcome.value, rules])

  const setup = useMemo<Setup>(
    () => ({
      form,
      mode,
      locale,
      get services() {
        return servicesRef.current
      },
      setValue: (id, next) => {
        const copy = { ...latest.current }
        if (next === undefined) delete copy[id]
        else copy[id] = next
        latest.current = copy
        setTouched((before) => (before.has(id) ? before : new Set(before).add(id)))
        listener.current?.(copy)
      },
      newRow: (columns) => newRowOf(columns, (column) => initialValue(column, rules)),
    }),
    [form, mode, locale, rules],
  )
  const setValueRef = useRef(setup.setValue)
  setValueRef.current = setup.setValue
  const [root] = useState(() => liveRoot((id, next) => setValueRef.current(id, next)))

  const errorAt = (path: string) =>
    external?.[path] ?? (showErrors || touched.has(topId(path)) ? outcome.errors[path] : undefined)
  const errorPaths = external
    ? [...Object.keys(external), ...Object.keys(outcome.errors)]
    : Object.keys(outcome.errors)
  // Fields rendering in this pass see the new snapshot; the others hear of it once it is committed.
  root.store.stage({ form, values: outcome.value, raw: value, states, permissions, errorAt, errorPaths })
  useLayoutEffect(() => root.store.publish())

  // The frame is the same element across edits, so antd's ConfigProvider and Form do not re-render and
  // neither does the list of fields: only the fields whose view changed do, once the snapshot is published.
  const frame = useMemo(
    () => (
      <ConfigProvider locale={locale === 'en' ? enUS : zhCN}>
        <FormStyles />
        <Form layout="vertical" component={false}>
          <div className={`sf-form sf-mode-${mode}`} lang={locale}>
            <TopFields />
          </div>
        </Form>
      </ConfigProvider>
    ),
    [locale, mode],
  )
  return (
    <SetupContext.Provider value={setup}>
      <LiveContext.Provider value={root}>{frame}</LiveContext.Provider>
    </SetupContext.Provider>
  )
}

function TopFields() {
  const { form, mode } = useSetup()
  return renderFieldCells(form.fields, mode === 'edit' ? 'edit' : 'read')
}
