import type { FlowNode } from '@signoff/schemas'
import { graphOf } from './flow/graph.ts'
import type { EngineDefinition } from './model/definition.ts'
import type { InstanceState, Task } from './model/state.ts'
import { type Permission, permissionsAt } from './permissions.ts'

export interface TaskView {
  task: Task
  node: FlowNode
  /** The instance data without the fields hidden at the task's node. */
  values: Record<string, unknown>
  /** Every field's permission at the node (hidden ones included, so a form can lay itself out). */
  permissions: Record<string, Permission>
}

/** What the holder of a task may see and edit; undefined for an unknown task. Input tasks see the start node's view. */
export function taskView(
  definition: EngineDefinition,
  state: InstanceState,
  taskId: string,
): TaskView | undefined {
  const task = state.tasks.find((t) => t.id === taskId)
  if (!task) return undefined
  const node = graphOf(definition).node(task.node)
  const permissions = permissionsAt(definition, node)
  const values = Object.fromEntries(
    Object.entries(state.values).filter(([id]) => permissions.get(id) !== 'hidden'),
  )
  return { task, node, values, permissions: Object.fromEntries(permissions) }
}
