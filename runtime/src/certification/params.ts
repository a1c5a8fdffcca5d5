import type { BuiltinCall } from '../scheduler/builtins.ts'

/** The action's params as loose JSON: each builtin reads the names it knows and defaults the rest. */
export function paramsOf(call: Pick<BuiltinCall, 'action'>): Record<string, unknown> {
  return (call.action.params ?? {}) as Record<string, unknown>
}
