import { assign } from '../approvers/assign.ts'
import { advance } from '../flow/advance.ts'
import { addTask } from '../flow/tasks.ts'
import { eventDate, namesOf, nextId, nodeLabel, note } from '../run.ts'
import type { Executor } from './executor.ts'

/** Copies go out as done cc tasks (so recipients can read the instance) plus a cc effect; the flow continues. */
export const executeCc: Executor<'cc'> = (run, token, node) => {
  const { state } = run
  const outcome = assign({
    org: run.org,
    initiator: state.initiator,
    values: state.values,
    selected: state.selectedApprovers[node.id] ?? [],
    rules: node.recipients,
    policies: {},
    date: eventDate(run),
    approvedBy: state.approvedBy,
    admins: [],
  })
  const users = outcome.type === 'assign' ? outcome.assignments.map((a) => a.user) : []
  const label = nodeLabel(node)
  if (users.length > 0) {
    const step = nextId(run, 's')
    users.forEach((assignee, order) => {
      addTask(run, {
        node: node.id,
        token: token.id,
        step,
        kind: 'cc',
        assignee,
        origin: 'rule',
        order,
        status: 'done',
        completedAt: run.at,
      })
    })
    run.effects.push({ type: 'cc', to: users, node: node.id })
    note(
      run,
      `${label['zh-CN']}：抄送 ${namesOf(run, users)}`,
      `${label.en}: copied to ${namesOf(run, users)}`,
    )
  } else {
    note(run, `${label['zh-CN']}：无抄送人`, `${label.en}: nobody to copy`)
  }
  advance(run, token)
}
