import type { Builtin } from '../scheduler/builtins.ts'
import { paramsOf } from './params.ts'
import type { VerificationAdapter } from './verification-adapter.ts'

/** verification.face: the person named by the params' fields verifies their face through the adapter. */
export function faceVerificationBuiltin(adapter: VerificationAdapter): Builtin {
  return async (call) => {
    const params = paramsOf(call)
    const read = (id: unknown, fallback: string) => {
      const value = call.values[typeof id === 'string' ? id : fallback]
      return typeof value === 'string' ? value.trim() : ''
    }
    const result = await adapter.verifyFace({
      idempotencyKey: `${call.tenantId}:${call.instanceId}:${call.automationId}`,
      name: read(params.nameField, 'operatorName'),
      idNumber: read(params.idNumberField, 'operatorIdNumber'),
    })
    return result.ok
      ? { ok: true }
      : {
          ok: false,
          error: `人脸识别未通过 / face verification failed: ${result.error}`,
          final: result.final,
        }
  }
}
