import { describe, expect, it } from 'vitest'
import { nodeKinds } from './generated/kinds.ts'
import { validateFlow } from './validate.ts'

const name = { 'zh-CN': '节点', en: 'Node' }
const start = { id: 'start', kind: 'start', name }
const end = { id: 'end', kind: 'end', name }

/** Wraps one node between a start and an end so only that node decides validity. */
function flowWith(node: Record<string, unknown>) {
  return { nodes: [start, { id: 'n', name, ...node }, end], edges: [] }
}

const valid: Record<(typeof nodeKinds)[number], Record<string, unknown>[]> = {
  start: [{ kind: 'start', fieldPermissions: { amount: 'edit', note: 'hidden' } }],
  end: [{ kind: 'end' }],
  approval: [
    { kind: 'approval', approvers: [{ type: 'supervisor', level: 1 }] },
    {
      kind: 'approval',
      approvers: [
        { type: 'roles', roles: ['cfo'], scope: 'organization' },
        { type: 'supervisorChain', upToRole: 'generalManager' },
        { type: 'departmentHead', of: { field: 'dept' }, level: 2 },
        { type: 'memberField', field: 'delegate' },
        { type: 'initiatorSelects', multiple: true, candidateRoles: ['pm'] },
        { type: 'users', users: ['sunba'] },
        { type: 'initiator' },
      ],
      mode: 'sequential',
      emptyPolicy: { action: 'toUser', user: 'admin' },
      initiatorIsApprover: 'autoApprove',
      dedupe: true,
      fieldPermissions: { amount: 'read' },
      timeouts: [
        { after: 'P1D', action: 'remind', repeatEvery: 'PT4H' },
        { after: 'P3D', action: 'escalate' },
      ],
      actions: { return: true, transfer: false, addSigner: true, rejectTo: { target: 'node', node: 'n0' } },
      rejectReasons: [{ code: 'unclear', label: { 'zh-CN': '材料不清晰' } }],
    },
  ],
  cc: [
    { kind: 'cc', recipients: [{ type: 'roles', roles: ['hr'] }], fieldPermissions: { salary: 'hidden' } },
  ],
  condition: [
    {
      kind: 'condition',
      branches: [
        { id: 'big', name, condition: { field: 'total', op: 'gt', value: '10000' } },
        { id: 'other', name, default: true },
      ],
    },
  ],
  parallel: [{ kind: 'parallel' }],
  join: [{ kind: 'join' }],
  handler: [{ kind: 'handler', handlers: [{ type: 'roles', roles: ['procurementOfficer'] }], mode: 'any' }],
  automation: [
    { kind: 'automation', action: { type: 'builtin', name: 'certification.precheck' } },
    {
      kind: 'automation',
      action: { type: 'webhook', url: 'https://example.com/hook', method: 'PUT', headers: { 'X-A': '1' } },
      retry: { maxAttempts: 5, backoff: 'PT10M' },
      outputs: { orderNo: 'orderNumber' },
      onFailure: 'continue',
    },
  ],
  timer: [
    { kind: 'timer', wait: { after: 'PT2H' } },
    { kind: 'timer', wait: { untilField: 'neededBy', offset: 'P1D' } },
  ],
}

// [node, JSON pointer of the expected problem, schema keyword]
const invalid: [string, Record<string, unknown>, string, string][] = [
  ['unknown kind', { kind: 'gateway' }, '/nodes/1', 'schema.discriminator'],
  ['approval without approvers', { kind: 'approval' }, '/nodes/1/approvers', 'schema.required'],
  ['approval with no rules', { kind: 'approval', approvers: [] }, '/nodes/1/approvers', 'schema.minItems'],
  [
    'supervisor rule without level',
    { kind: 'approval', approvers: [{ type: 'supervisor' }] },
    '/nodes/1/approvers/0/level',
    'schema.required',
  ],
  [
    'unknown approver rule',
    { kind: 'approval', approvers: [{ type: 'astrologer' }] },
    '/nodes/1/approvers/0',
    'schema.discriminator',
  ],
  [
    'bad mode',
    { kind: 'approval', approvers: [{ type: 'initiator' }], mode: 'majority' },
    '/nodes/1/mode',
    'schema.enum',
  ],
  [
    'bad field permission',
    { kind: 'approval', approvers: [{ type: 'initiator' }], fieldPermissions: { amount: 'write' } },
    '/nodes/1/fieldPermissions/amount',
    'schema.enum',
  ],
  [
    'bad timeout duration',
    {
      kind: 'approval',
      approvers: [{ type: 'initiator' }],
      timeouts: [{ after: '3 days', action: 'remind' }],
    },
    '/nodes/1/timeouts/0/after',
    'schema.pattern',
  ],
  ['cc without recipients', { kind: 'cc' }, '/nodes/1/recipients', 'schema.required'],
  ['condition without branches', { kind: 'condition', branches: [] }, '/nodes/1/branches', 'schema.minItems'],
  [
    'condition branch with neither condition nor default',
    { kind: 'condition', branches: [{ id: 'a', name }] },
    '/nodes/1/branches/0',
    'schema.oneOf',
  ],
  [
    'condition with an unknown operator',
    { kind: 'condition', branches: [{ id: 'a', name, condition: { field: 'x', op: 'like', value: 'y' } }] },
    '/nodes/1/branches/0/condition',
    'schema.anyOf',
  ],
  [
    'extra property on parallel',
    { kind: 'parallel', join: 'j' },
    '/nodes/1/join',
    'schema.unevaluatedProperties',
  ],
  ['handler without handlers', { kind: 'handler' }, '/nodes/1/handlers', 'schema.required'],
  [
    'webhook to a non-http url',
    { kind: 'automation', action: { type: 'webhook', url: 'file:///etc/passwd' } },
    '/nodes/1/action',
    'schema.oneOf',
  ],
  [
    'too many retries',
    { kind: 'automation', action: { type: 'builtin', name: 'x' }, retry: { maxAttempts: 50 } },
    '/nodes/1/retry/maxAttempts',
    'schema.maximum',
  ],
  ['timer without wait', { kind: 'timer' }, '/nodes/1/wait', 'schema.required'],
  ['end with config', { kind: 'end', approvers: [] }, '/nodes/1/approvers', 'schema.unevaluatedProperties'],
  ['node id with a hyphen', { kind: 'end', id: 'bad-id' }, '/nodes/1/id', 'schema.pattern'],
]

describe('flow node schemas', () => {
  it('has valid examples for every node kind', () => {
    expect(Object.keys(valid).sort()).toEqual([...nodeKinds].sort())
  })

  for (const [kind, examples] of Object.entries(valid)) {
    it.each(examples.map((node, i) => [i, node] as const))(`accepts ${kind} example %i`, (_, node) => {
      const result = validateFlow(flowWith(node))
      expect(result.ok ? [] : result.issues).toEqual([])
    })
  }

  it.each(invalid)('rejects %s', (_, node, path, code) => {
    const result = validateFlow(flowWith(node))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path, code }))
  })

  it('rejects an edge that names an invalid branch id', () => {
    const result = validateFlow({
      nodes: [start, end],
      edges: [{ id: 'e1', source: 'start', target: 'end', branch: '1st' }],
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path: '/edges/0/branch' }))
  })
})
