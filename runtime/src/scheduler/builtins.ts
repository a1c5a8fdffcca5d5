import type { BuiltinAction } from '@signoff/schemas'

export interface BuiltinCall {
  tenantId: string
  instanceId: string
  /** The engine's automation (one visit of the node): the same on every attempt of that visit. */
  automationId: string
  action: BuiltinAction
  values: Record<string, unknown>
  attempt: number
  /** The same on every retry of one attempt: a builtin with outside effects passes it on. */
  idempotencyKey: string
}

/** `final`: the action ran and said no (findings, a refusal), so the engine makes no further attempt. */
export type BuiltinResult =
  | { ok: true; output?: Record<string, unknown> }
  | { ok: false; error: string; final?: boolean }

/** A built-in automation the flow can call by name (action { type: builtin, name }). */
export type Builtin = (call: BuiltinCall) => Promise<BuiltinResult>

export type BuiltinRegistry = Readonly<Record<string, Builtin>>

/**
 * Runs the named builtin. An unknown name or a builtin that throws is a failed result with the
 * reason, which the engine handles like any failure (its retries, then the node's onFailure).
 */
export async function runBuiltin(registry: BuiltinRegistry, call: BuiltinCall): Promise<BuiltinResult> {
  const builtin = Object.hasOwn(registry, call.action.name) ? registry[call.action.name] : undefined
  if (!builtin) return { ok: false, error: `unknown builtin automation "${call.action.name}"` }
  try {
    return await builtin(call)
  } catch (error) {
    return { ok: false, error: `builtin "${call.action.name}" failed: ${(error as Error).message}` }
  }
}
