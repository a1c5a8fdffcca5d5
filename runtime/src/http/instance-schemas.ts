// Request and response bodies of the instance and task endpoints (JSON Schema 2020-12), merged into
// apiSchemas. Values are checked by the engine against the pinned version's form, so here they are
// only "an object keyed by field id".
const id = { $ref: '../common.schema.json#/$defs/identifier' }
const expectedVersion = {
  type: 'integer',
  minimum: 0,
  description: 'The instance version the client saw (or send If-Match); without it, the version read now',
}
const values = { type: 'object', description: 'Form values keyed by field id' }
const comment = { type: 'string', maxLength: 2000 }
const object = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
})
const loose = (description: string, required: string[] = []) => ({ type: 'object', description, required })

export const instanceSchemas = {
  InstanceStart: object(
    {
      values,
      selectedApprovers: {
        type: 'object',
        description: 'Approvers the initiator picks, by node id',
        additionalProperties: { type: 'array', items: id, minItems: 1, maxItems: 50 },
      },
    },
    ['values'],
  ),
  InstanceWithdraw: object({ reason: comment, expectedVersion }, []),
  InstanceResubmit: object({ values, expectedVersion }, ['values']),
  InstanceUrge: object({ expectedVersion }, []),
  InstanceComment: object(
    {
      text: { type: 'string', maxLength: 2000, description: 'May be empty when files come with it' },
      attachments: { type: 'array', items: { type: 'string' }, maxItems: 20 },
      expectedVersion,
    },
    [],
  ),
  TaskApprove: object({ comment, values, expectedVersion }, []),
  TaskReject: object(
    {
      reason: { type: 'string', minLength: 1, maxLength: 2000 },
      reasonCode: { type: 'string', maxLength: 64 },
      target: id,
      expectedVersion,
    },
    ['reason'],
  ),
  TaskReturn: object({ reason: comment, expectedVersion }, []),
  TaskTransfer: object({ to: id, comment, expectedVersion }, ['to']),
  TaskAddSigner: object(
    {
      users: { type: 'array', items: id, minItems: 1, maxItems: 20, uniqueItems: true },
      position: { enum: ['before', 'after'] },
      comment,
      expectedVersion,
    },
    ['users', 'position'],
  ),
  TaskBatchApprove: object(
    {
      taskIds: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 100, uniqueItems: true },
      comment,
    },
    ['taskIds'],
  ),
  Instance: loose(
    'An instance as the caller may see it: summary, values under their field permissions, tasks, timeline, chainVerified and (while running) predictedPath, the rest of the path. The start and the actions answer with only the summary and tasks when asked with `Prefer: return=minimal` (then Preference-Applied: return=minimal; GET the instance for the rest)',
    ['id', 'serialNumber', 'status', 'version', 'tasks'],
  ),
  InstanceEventLog: loose(
    'Event rows (seq, type, actor, at, event, prevHash, hash) and verification {ok, seq?, reason?}',
    ['items', 'verification'],
  ),
  InstanceList: loose('Instances the caller started, newest first', ['items']),
  TaskList: loose('One inbox (todo, done, cc, started) with the counts of all four', ['items', 'counts']),
  TaskCounts: object(
    {
      todo: { type: 'integer' },
      done: { type: 'integer' },
      cc: { type: 'integer' },
      started: { type: 'integer' },
      capped: {
        type: 'array',
        items: { enum: ['done', 'cc', 'started'] },
        description: 'Boxes holding more than their count (at most 999 are counted): show as 999+',
      },
    },
    ['todo', 'done', 'cc', 'started', 'capped'],
  ),
  TaskDetail: loose('A task with its instance, the node, the values and field permissions at it', [
    'task',
    'instance',
    'values',
    'permissions',
  ]),
  BatchResult: loose('Per task: status and the instance, or the error', ['results']),
  NotificationList: loose('In-app notices: items and the unread count', ['items', 'unread']),
  NotificationsRead: object({ ids: { type: 'array', items: { type: 'string' }, maxItems: 500 } }, []),
  NotificationsMarked: object({ marked: { type: 'integer' } }, ['marked']),
  Attachment: object(
    { id: { type: 'string' }, name: { type: 'string' }, size: { type: 'integer' }, mime: { type: 'string' } },
    ['id', 'name', 'size', 'mime'],
  ),
  WebhookCreate: object(
    {
      url: { type: 'string', format: 'uri', maxLength: 2000 },
      appId: { type: 'string' },
      events: {
        type: 'array',
        items: {
          enum: ['started', 'taskAssigned', 'returned', 'approved', 'rejected', 'withdrawn', 'failed'],
        },
        minItems: 1,
        uniqueItems: true,
      },
    },
    ['url', 'events'],
  ),
  Webhook: loose(
    'A webhook; `secret` (for the X-Signoff-Signature HMAC) only in the answer that created it',
    ['id', 'url', 'events', 'active'],
  ),
  WebhookList: loose('Webhooks of the organization', ['items']),
  WebhookDeliveryList: loose('Delivery attempts: status (null: no answer) and error', ['items']),
} as const satisfies Record<string, object>
