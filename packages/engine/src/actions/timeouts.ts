import type { TimeoutRule } from '@signoff/schemas'
import { notify } from '../flow/notify.ts'
import { busyInStep, reassign } from '../flow/reassign.ts'
import { rejectTask } from '../flow/reject.ts'
import type { TaskNode } from '../flow/task-nodes.ts'
import { settle } from '../flow/task-step.ts'
import { closeTask } from '../flow/tasks.ts'
import { scheduleTimer } from '../flow/timers.ts'
import type { PendingTimer, Task } from '../model/state.ts'
import { nameOf, note, type Run } from '../run.ts'
import { addDuration } from '../time.ts'

type TimeoutAction = (run: Run, task: Task, config: TaskNode, rule: TimeoutRule, timer: PendingTimer) => void

function remind(run: Run, task: Task): void {
  notify(run, {
    to: [task.assignee],
    reason: 'reminder',
    taskId: task.id,
    node: task.node,
  })
  note(run, `提醒 ${nameOf(run, task.assignee)} 处理`, `Reminded ${nameOf(run, task.assignee)}`)
}

/** What each timeout rule does to a task that stayed open too long. */
export const timeoutActions = {
  remind: (run, task, _config, rule, timer) => {
    remind(run, task)
    if (rule.repeatEvery !== undefined)
      scheduleTimer(run, addDuration(timer.at, rule.repeatEvery), timer.purpose)
  },
  autoApprove: (run, task) => {
    closeTask(run, task, 'done', 'autoApproved')
    task.autoReason = 'timeout'
    note(
      run,
      `${nameOf(run, task.assignee)} 超时，自动通过`,
      `${nameOf(run, task.assignee)} timed out: approved`,
    )
    settle(run, task.step)
  },
  autoReject: (run, task, config) => {
    note(
      run,
      `${nameOf(run, task.assignee)} 超时，自动拒绝`,
      `${nameOf(run, task.assignee)} timed out: rejected`,
    )
    rejectTask(run, task, run.graph.node(task.node), config, 'timeout')
  },
  escalate: (run, task) => {
    const supervisor = run.org.supervisorOf(task.assignee)
    if (
      supervisor === undefined ||
      !run.org.isActive(supervisor) ||
      busyInStep(run, task.step).has(supervisor)
    ) {
      remind(run, task)
      return
    }
    const from = nameOf(run, task.assignee)
    note(
      run,
      `${from} 超时，上报给 ${nameOf(run, supervisor)}`,
      `${from} timed out: escalated to ${nameOf(run, supervisor)}`,
    )
    reassign(run, task, supervisor, true)
  },
} satisfies Record<TimeoutRule['action'], TimeoutAction>
