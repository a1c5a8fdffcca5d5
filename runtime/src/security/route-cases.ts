import { sampleSubmissions } from '@signoff/templates'
import type { DemoIds, PrincipalName } from './world.ts'

/**
 * How to call one route in the authorization matrix: a valid body (so a refusal is about who calls,
 * not what is sent) and the status each caller must get, in the order of `principalNames`:
 * anonymous, member, approver of another instance's task, app admin of another app, org admin of
 * another tenant, platform reviewer, and the demo org admin as the control (null: not tried, the
 * call would destroy an object later rows need). A caller without the permission a route needs gets
 * 403 before any lookup, so the answer is the same whatever the id; one of another tenant that has it
 * gets 404 (the test checks both against ids that name nothing).
 */
export interface RouteCase {
  body?: (caller: PrincipalName, ids: DemoIds) => unknown
  /** For csv bodies. */
  text?: string
  query?: string
  headers?: Record<string, string>
  expect: [number, number, number, number, number, number, number | null]
}

const i18n = (caller: string) => ({ 'zh-CN': `名称${caller}` })
// Identifiers may not contain the caller's capital letters twice over; keep them short and unique.
const idOf = (caller: PrincipalName) => `x${caller.replace(/[^a-z]/gi, '').slice(0, 20)}`

export const routeCases: Record<string, RouteCase> = {
  'GET /healthz': { expect: [200, 200, 200, 200, 200, 200, 200] },
  'GET /api/openapi.json': { expect: [200, 200, 200, 200, 200, 200, 200] },
  'GET /api/docs': { expect: [200, 200, 200, 200, 200, 200, 200] },
  // Public: a wrong password is a 401 for anyone, whoever's cookie comes along.
  'POST /api/v1/auth/login': {
    body: (caller) => ({ login: `nobody${idOf(caller)}`, password: 'wrong-password' }),
    expect: [401, 401, 401, 401, 401, 401, 401],
  },
  'POST /api/v1/auth/logout': { expect: [401, 204, 204, 204, 204, 204, 204] },
  'GET /api/v1/me': { expect: [401, 200, 200, 200, 200, 200, 200] },
  // Two-factor sign-in: a made-up challenge is refused alike for everyone; 'abcdef' is never a code.
  'POST /api/v1/auth/login/two-factor': {
    body: () => ({ challenge: 'no-such-challenge', code: '123456' }),
    expect: [401, 401, 401, 401, 401, 401, 401],
  },
  'GET /api/v1/auth/two-factor': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/auth/two-factor/enrol': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/auth/two-factor/confirm': {
    body: () => ({ code: 'abcdef' }),
    expect: [401, 400, 400, 400, 400, 400, 400],
  },
  'POST /api/v1/auth/two-factor/disable': {
    body: () => ({ code: 'abcdef' }),
    expect: [401, 409, 409, 409, 409, 409, 409],
  },
  'POST /api/v1/auth/two-factor/recovery-codes': {
    body: () => ({ code: 'abcdef' }),
    expect: [401, 409, 409, 409, 409, 409, 409],
  },
  'DELETE /api/v1/users/{userId}/two-factor': { expect: [401, 403, 403, 403, 404, 403, 204] },
  'GET /api/v1/org/two-factor-policy': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'PUT /api/v1/org/two-factor-policy': {
    body: () => ({ requireForAdmins: false }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  // API tokens and webhooks are for certified organizations: the demo tenant is, Acme is not.
  'POST /api/v1/tokens': {
    body: (caller) => ({ name: `t ${caller}` }),
    expect: [401, 201, 201, 201, 403, 201, 201],
  },
  'GET /api/v1/tokens': { expect: [401, 200, 200, 200, 200, 200, 200] },
  // Its owner (zhangsan) and the org admins may revoke a token; to anyone else it does not exist.
  'DELETE /api/v1/tokens/{tokenId}': { expect: [401, 404, 404, 404, 404, 404, 204] },
  'GET /api/v1/departments': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/departments': {
    body: (caller) => ({ id: idOf(caller), name: `部门 ${caller}` }),
    expect: [401, 403, 403, 403, 201, 403, 201],
  },
  'PATCH /api/v1/departments/{departmentId}': {
    body: () => ({ name: '实验室二' }),
    expect: [401, 403, 403, 403, 404, 403, 200],
  },
  'GET /api/v1/users': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/users/{userId}': { expect: [401, 200, 200, 200, 404, 404, 200] },
  'POST /api/v1/users': {
    body: (caller) => ({ login: `u${idOf(caller).toLowerCase()}`, name: caller }),
    expect: [401, 403, 403, 403, 201, 403, 201],
  },
  'PATCH /api/v1/users/{userId}': {
    body: () => ({ name: '小明二' }),
    expect: [401, 403, 403, 403, 404, 403, 200],
  },
  'POST /api/v1/users/{userId}/deactivate': {
    body: () => ({}),
    expect: [401, 403, 403, 403, 404, 403, null],
  },
  'GET /api/v1/roles': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/roles': {
    body: (caller) => ({ id: idOf(caller), name: i18n(caller) }),
    expect: [401, 403, 403, 403, 201, 403, 201],
  },
  'PATCH /api/v1/roles/{roleId}': {
    body: (caller) => ({ name: i18n(caller) }),
    expect: [401, 403, 403, 403, 404, 403, 200],
  },
  'POST /api/v1/roles/{roleId}/members': {
    body: () => ({ userId: 'lisi' }),
    expect: [401, 403, 403, 403, 404, 403, 200],
  },
  'DELETE /api/v1/roles/{roleId}/members/{userId}': { expect: [401, 403, 403, 403, 404, 403, null] },
  'GET /api/v1/delegations': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/delegations': {
    body: (caller) => ({
      to: caller === 'foreignAdmin' ? 'boss' : 'lisi',
      from: '2026-05-01',
      until: '2026-05-02',
    }),
    expect: [401, 201, 201, 201, 400, 400, 201],
  },
  'DELETE /api/v1/delegations/{delegationId}': { expect: [401, 404, 404, 404, 404, 404, null] },
  // Admins get past the gate to the row check (a row without a department is refused, nothing imported).
  'POST /api/v1/org/import': {
    text: 'login,name,email,phone,department,roles,head\nimported,导入,,,,,\n',
    expect: [401, 403, 403, 403, 400, 403, 400],
  },
  'GET /api/v1/directory': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/org/calendar': { expect: [401, 403, 403, 403, 200, 403, 200] },
  'PUT /api/v1/org/calendar': {
    body: () => ({ holidays: ['2026-10-01'], workdays: [] }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  'GET /api/v1/audit': { query: '?limit=5', expect: [401, 403, 403, 403, 200, 403, 200] },
  'GET /api/v1/templates': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/apps': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/apps': {
    body: (caller) => ({ key: `k-${caller.toLowerCase()}`, name: i18n(caller) }),
    expect: [401, 403, 403, 403, 201, 403, 201],
  },
  'GET /api/v1/apps/{appId}': { expect: [401, 200, 200, 200, 404, 404, 200] },
  'GET /api/v1/apps/{appId}/draft': { expect: [401, 403, 403, 403, 404, 404, 200] },
  'PUT /api/v1/apps/{appId}/draft': {
    body: () => ({}),
    headers: { 'if-match': '"r1"' },
    expect: [401, 400, 400, 400, 400, 400, 400],
  },
  'POST /api/v1/apps/{appId}/publish': {
    body: () => ({ note: 'x' }),
    expect: [401, 403, 403, 403, 404, 404, null],
  },
  'GET /api/v1/apps/{appId}/export': { expect: [401, 403, 403, 403, 404, 404, 200] },
  'POST /api/v1/apps/import': { body: () => ({}), expect: [401, 400, 400, 400, 400, 400, 400] },
  'GET /api/v1/apps/{appId}/versions': { expect: [401, 403, 403, 403, 404, 404, 200] },
  'GET /api/v1/apps/{appId}/versions/{number}': { expect: [401, 403, 403, 403, 404, 404, 200] },
  'GET /api/v1/apps/{appId}/diff': { query: '?from=1&to=1', expect: [401, 403, 403, 403, 404, 404, 200] },
  'POST /api/v1/apps/{appId}/rollback': {
    body: () => ({ version: 1 }),
    expect: [401, 403, 403, 403, 404, 404, null],
  },
  'POST /api/v1/apps/{appId}/simulate': {
    body: () => ({ values: {} }),
    expect: [401, 200, 200, 200, 404, 404, 200],
  },
  'GET /api/v1/analytics/overview': { expect: [401, 403, 403, 200, 200, 403, 200] },
  'POST /api/v1/apps/{appId}/instances': {
    body: () => ({ values: sampleSubmissions.leave.values }),
    expect: [401, 201, 201, 201, 404, 404, 201],
  },
  'GET /api/v1/instances': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/instances/export': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/instances/{instanceId}': { expect: [401, 404, 404, 404, 404, 404, 200] },
  'GET /api/v1/instances/{instanceId}/events': { expect: [401, 404, 404, 404, 404, 404, 200] },
  'POST /api/v1/instances/{instanceId}/withdraw': {
    body: () => ({}),
    expect: [401, 404, 404, 404, 404, 404, null],
  },
  'POST /api/v1/instances/{instanceId}/resubmit': {
    body: () => ({ values: sampleSubmissions.leave.values }),
    expect: [401, 404, 404, 404, 404, 404, null],
  },
  'POST /api/v1/instances/{instanceId}/urge': {
    body: () => ({}),
    expect: [401, 404, 404, 404, 404, 404, null],
  },
  'POST /api/v1/instances/{instanceId}/comments': {
    body: () => ({ text: '看看' }),
    expect: [401, 404, 404, 404, 404, 404, null],
  },
  'GET /api/v1/tasks': { query: '?box=todo', expect: [401, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/tasks/counts': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/tasks/batch-approve': {
    body: (_caller, ids) => ({ taskIds: [ids.taskId] }),
    expect: [401, 200, 200, 200, 200, 200, null],
  },
  'GET /api/v1/tasks/{taskId}': { expect: [401, 404, 404, 404, 404, 404, 200] },
  'POST /api/v1/tasks/{taskId}/approve': { body: () => ({}), expect: [401, 404, 404, 404, 404, 404, null] },
  'POST /api/v1/tasks/{taskId}/reject': {
    body: () => ({ reason: '不行' }),
    expect: [401, 404, 404, 404, 404, 404, null],
  },
  'POST /api/v1/tasks/{taskId}/return': { body: () => ({}), expect: [401, 404, 404, 404, 404, 404, null] },
  'POST /api/v1/tasks/{taskId}/transfer': {
    body: () => ({ to: 'wangwu' }),
    expect: [401, 404, 404, 404, 404, 404, null],
  },
  'POST /api/v1/tasks/{taskId}/add-signer': {
    body: () => ({ users: ['wangwu'], position: 'after' }),
    expect: [401, 404, 404, 404, 404, 404, null],
  },
  'GET /api/v1/notifications': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/notifications/read': {
    body: () => ({ ids: [] }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/webhooks': { expect: [401, 403, 403, 403, 200, 403, 200] },
  'POST /api/v1/webhooks': {
    body: () => ({ url: 'http://127.0.0.1:9/other', events: ['approved'] }),
    expect: [401, 403, 403, 403, 403, 403, 201],
  },
  'DELETE /api/v1/webhooks/{webhookId}': { expect: [401, 403, 403, 403, 404, 403, null] },
  'GET /api/v1/webhooks/{webhookId}/deliveries': { expect: [401, 403, 403, 403, 404, 403, 200] },
  // Without a multipart body: past the sign-in check, refused for its content type (uploads.test.ts tries real files).
  'POST /api/v1/attachments': { expect: [401, 415, 415, 415, 415, 415, 415] },
  'GET /api/v1/attachments/{attachmentId}': { expect: [401, 404, 404, 404, 404, 404, 200] },
  'GET /api/v1/org/certification': { expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/org/certification/apply': {
    body: () => ({ values: {} }),
    query: '?type=enterprise',
    expect: [401, 403, 403, 403, 400, 403, 400],
  },
  'GET /api/v1/org/certification/applications/{instanceId}': { expect: [401, 403, 403, 403, 404, 403, 404] },
  // Not an application (the ids are the demo's leave instance and file): 404, and to non-admins always.
  'GET /api/v1/org/certification/applications/{instanceId}/files/{attachmentId}': {
    expect: [401, 404, 404, 404, 404, 404, 404],
  },
  'POST /api/v1/org/certification/applications/{instanceId}/complete': {
    body: () => ({}),
    expect: [401, 403, 403, 403, 404, 403, 404],
  },
  'POST /api/v1/org/certification/applications/{instanceId}/resubmit': {
    body: () => ({ values: {} }),
    expect: [401, 403, 403, 403, 404, 403, 404],
  },
  'POST /api/v1/org/certification/applications/{instanceId}/withdraw': {
    body: () => ({}),
    expect: [401, 403, 403, 403, 404, 403, 404],
  },
  'GET /api/v1/org/certification/form': {
    query: '?type=enterprise',
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  'GET /api/v1/org/certification/notifications': { expect: [401, 403, 403, 403, 200, 403, 200] },
}
