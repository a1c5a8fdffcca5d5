import { busyInStep } from '../flow/reassign.ts'
import { settle } from '../flow/task-step.ts'
import { addTask, closeTask } from '../flow/tasks.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf, namesOf, nodeLabel } from '../run.ts'
import { text } from '../text.ts'
import { actorsOpenTask, requireAction, requireActiveUser } from './guards.ts'
import type { Handler } from './handler.ts'

/**
 * before: the actor's task waits until the added signers approve, then reopens. after: the actor approves
 * now and the node also waits for the added signers.
 */
export const addSigner: Handler<'addSigner'> = (run, event) => {
  const { task, node, config } = actorsOpenTask(run, event)
  requireAction(config.actions.addSigner, 'addSigner', node)
  if (event.position !== 'before' && event.position !== 'after')
    refuse('invalid_event', 'position must be before or after', '/position')
  if (!Array.isArray(event.users) || event.users.length === 0)
    refuse('invalid_event', 'name at least one signer', '/users')
  const busy = busyInStep(run, task.step)
  event.users.forEach((user, i) => {
    requireActiveUser(run, user, `/users/${i}`)
    if (busy.has(user) || event.users.indexOf(user) !== i)
      refuse('invalid_target', `${user} already has a task at this step`, `/users/${i}`)
  })
  if (event.comment) task.comment = event.comment
  const origin = event.position === 'before' ? 'addedBefore' : 'addedAfter'
  const added = event.users.map((assignee) =>
    addTask(run, {
      node: task.node,
      token: task.token,
      step: task.step,
      kind: task.kind,
      assignee,
      origin,
      order: task.order,
      status: 'open',
    }),
  )
  if (event.position === 'before') {
    closeTask(run, task, 'queued')
    task.waitingFor = added.map((t) => t.id)
  } else {
    closeTask(run, task, 'done', 'approved')
    if (!run.state.approvedBy.includes(task.assignee)) run.state.approvedBy.push(task.assignee)
    settle(run, task.step)
  }
  const who = nameOf(run, run.actor)
  const users = namesOf(run, event.users)
  const label = nodeLabel(node)
  const [zh, en] = event.position === 'before' ? ['前加签', 'before'] : ['同意并后加签', 'after']
  return {
    text: text(
      `${who} ${zh} ${users}（${label['zh-CN']}）`,
      `${who} added ${users} ${en} them at ${label.en}`,
    ),
    node: node.id,
    taskId: task.id,
  }
}
