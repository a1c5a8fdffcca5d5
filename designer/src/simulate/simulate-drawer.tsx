import { expressionContext, orgOf, permissionsAt, simulate } from '@signoff/engine'
import { FormRenderer, type FormValues } from '@signoff/form-renderer'
import { type AppDefinition, type Directory, sampleValues } from '@signoff/schemas'
import { Alert, Button, Drawer, Select, Space, Spin, Switch, Typography } from 'antd'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { api } from '../api/client.ts'
import { useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { localDate } from '../ui/local-date.ts'
import { useNarrow } from '../ui/use-narrow.ts'
import { localDirectoryService } from './directory-service.ts'
import { PathView } from './path-view.tsx'
import { useSimulation } from './simulation-store.ts'

/** What the initiator may fill at the start node: fields later nodes fill (or nobody sees) stay out. */
function startPermissions(app: AppDefinition) {
  const start = app.flow.nodes.find((node) => node.kind === 'start')
  return start ? Object.fromEntries(permissionsAt(app, start)) : {}
}

function samplesFor(app: AppDefinition, directory: Directory, initiator: string, today: string) {
  const user = directory.users.find((candidate) => candidate.id === initiator)
  const samples = sampleValues(app.form, {
    today,
    members: [initiator],
    departments: user?.departmentId ? [user.departmentId] : [],
  })
  const permissions = startPermissions(app)
  const fillable = (id: string) => (permissions[id] ?? 'edit') === 'edit'
  return {
    values: Object.fromEntries(Object.entries(samples.values).filter(([id]) => fillable(id))),
    unfilled: samples.unfilled.filter(fillable),
  }
}

/**
 * Runs the definition being edited (saved or not) in the engine, here in the browser: the owner
 * fills the real form as a chosen initiator and sees the path and who would be asked at each step.
 */
export function SimulateDrawer({
  app,
  open,
  onClose,
}: {
  app: AppDefinition
  open: boolean
  onClose: () => void
}) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const narrow = useNarrow()
  const show = useSimulation((state) => state.show)
  const [directory, setDirectory] = useState<Directory | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const [initiator, setInitiator] = useState<string | null>(null)
  const [values, setValues] = useState<FormValues>({})
  const [unfilled, setUnfilled] = useState<string[]>([])
  const [highlight, setHighlight] = useState(true)
  const today = localDate(new Date())

  useEffect(() => {
    if (!open || directory) return
    api
      .directory()
      .then((loaded) => {
        setDirectory(loaded)
        // An ordinary member (in a department, heading none) shows the longest, most telling path.
        const active = loaded.users.filter((user) => user.active !== false)
        const heads = new Set(loaded.departments.map((department) => department.headId))
        const first =
          (active.find((user) => user.departmentId && !heads.has(user.id)) ?? active[0])?.id ?? null
        setInitiator((current) => current ?? first)
        if (first) {
          const samples = samplesFor(app, loaded, first, today)
          setValues(samples.values)
          setUnfilled(samples.unfilled)
        }
      })
      .catch((error: Error) => setFailed(error.message))
  }, [open, directory, app, today])

  const deferred = useDeferredValue(values)
  const simulation = useMemo(() => {
    if (!directory || !initiator) return null
    return simulate(app, directory, initiator, deferred, { at: new Date().toISOString() })
  }, [app, directory, initiator, deferred])

  useEffect(() => {
    show(open && highlight && simulation ? simulation.steps : null)
  }, [open, highlight, simulation, show])

  const services = useMemo(
    () => (directory ? { directory: localDirectoryService(directory) } : {}),
    [directory],
  )
  const context = useMemo(() => {
    if (!directory || !initiator) return undefined
    const { values: _values, ...rest } = expressionContext(orgOf(directory), initiator, {}, today)
    return rest
  }, [directory, initiator, today])

  const resetSamples = () => {
    if (!directory || !initiator) return
    const samples = samplesFor(app, directory, initiator, today)
    setValues(samples.values)
    setUnfilled(samples.unfilled)
  }

  const departmentNames = new Map(
    directory?.departments.map((department) => [department.id, department.name]),
  )
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t.simulate}
      size={narrow ? 'large' : 560}
      className="simulate-drawer"
      mask={false}
    >
      {failed && <Alert type="error" showIcon title={failed} />}
      {!directory || !initiator ? (
        !failed && <Spin tip={t.simulateLoading} />
      ) : (
        <>
          <Space wrap className="simulate-bar">
            <Typography.Text>{t.simulateInitiator}</Typography.Text>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 200 }}
              aria-label={t.simulateInitiator}
              value={initiator}
              onChange={setInitiator}
              options={directory.users
                .filter((user) => user.active !== false)
                .map((user) => ({
                  value: user.id,
                  label: `${user.name} · ${departmentNames.get(user.departmentId ?? '') ?? user.id}`,
                }))}
            />
            <Button onClick={resetSamples}>{t.simulateSample}</Button>
            <Space size={4}>
              <Switch
                size="small"
                checked={highlight}
                onChange={setHighlight}
                aria-label={t.simulateHighlight}
              />
              <Typography.Text type="secondary">{t.simulateHighlight}</Typography.Text>
            </Space>
          </Space>
          {unfilled.length > 0 && (
            <Alert type="info" showIcon title={t.simulateUnfilled.replace('{fields}', unfilled.join(', '))} />
          )}
          <div className="simulate-body">
            <div className="simulate-result">
              {simulation && <PathView simulation={simulation} app={app} directory={directory} />}
            </div>
            <div className="simulate-form">
              <FormRenderer
                form={app.form}
                permissions={startPermissions(app)}
                value={values}
                onChange={setValues}
                locale={locale}
                services={services}
                {...(context ? { context } : {})}
                showErrors
              />
            </div>
          </div>
        </>
      )}
    </Drawer>
  )
}
