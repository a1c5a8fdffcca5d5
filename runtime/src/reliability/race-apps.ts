import type { AppDefinition } from '@signoff/schemas'
import type { Session } from '../testing/harness.ts'

type Node = AppDefinition['flow']['nodes'][number]

const name = (text: string) => ({ 'zh-CN': text, en: text })

/** One approval step between start and end, on the leave form (so its sample values start it). */
export function singleStep(step: Record<string, unknown>): (draft: AppDefinition) => AppDefinition {
  return (draft) => {
    const nodes = [
      { id: 'start', kind: 'start', name: name('Submit') },
      { id: 'decide', kind: 'approval', name: name('Decide'), ...step },
      { id: 'end', kind: 'end', name: name('End') },
    ] as unknown as Node[]
    return {
      ...draft,
      flow: {
        nodes,
        edges: [
          { id: 'e1', source: 'start', target: 'decide' },
          { id: 'e2', source: 'decide', target: 'end' },
        ],
      },
      settings: { ...draft.settings, allowWithdraw: true },
    }
  }
}

/** 会签: lisi and wangwu must both approve. */
export const allMustApprove = singleStep({
  approvers: [{ type: 'users', users: ['lisi', 'wangwu'] }],
  mode: 'all',
})

/** lisi decides; after an hour the task escalates to her supervisor. */
export const escalatesAfterAnHour = singleStep({
  approvers: [{ type: 'users', users: ['lisi'] }],
  timeouts: [{ after: 'PT1H', action: 'escalate' }],
})

/** lisi alone decides. */
export const lisiDecides = singleStep({ approvers: [{ type: 'users', users: ['lisi'] }] })

/** wangwu alone decides. */
export const wangwuDecides = singleStep({ approvers: [{ type: 'users', users: ['wangwu'] }] })

async function expectOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`)
  return response
}

/** Saves the edited draft and publishes it as the app's next version. */
export async function publish(
  admin: Session,
  appId: string,
  edit: (draft: AppDefinition) => AppDefinition,
): Promise<Response> {
  const draft = await expectOk(await admin.request('GET', `/api/v1/apps/${appId}/draft`), 'draft')
  const etag = draft.headers.get('etag') ?? ''
  const edited = edit((await draft.json()) as AppDefinition)
  await expectOk(
    await admin.request('PUT', `/api/v1/apps/${appId}/draft`, {
      json: edited,
      headers: { 'if-match': etag },
    }),
    'save draft',
  )
  return admin.request('POST', `/api/v1/apps/${appId}/publish`, { json: { note: 'race' } })
}

/** A new app from the leave template with the edited flow, published; its id. */
export async function raceApp(
  admin: Session,
  key: string,
  edit: (draft: AppDefinition) => AppDefinition,
): Promise<string> {
  const created = await expectOk(
    await admin.request('POST', '/api/v1/apps', { json: { fromTemplate: 'leave', key } }),
    'create app',
  )
  const { id } = (await created.json()) as { id: string }
  await expectOk(await publish(admin, id, edit), 'publish')
  return id
}
