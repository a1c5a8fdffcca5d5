import { isValidIdNumber } from '@signoff/schemas'

export interface FaceVerificationRequest {
  /** Names the check so a provider can answer a repeated request with its first result. */
  idempotencyKey: string
  name: string
  idNumber: string
}

export type FaceVerificationResult = { ok: true } | { ok: false; error: string; final: boolean }

/**
 * Face verification of a person against their ID card (liveness and match). A provider's adapter
 * goes here; `final` tells a mismatch from a fault worth retrying.
 */
export interface VerificationAdapter {
  verifyFace: (request: FaceVerificationRequest) => Promise<FaceVerificationResult>
}

/**
 * The default stands in for a provider: it passes anyone with a name and a valid ID number, except
 * ID numbers listed as not matching (for tests and demos of the failure path).
 */
export function simulatedVerification(mismatches: ReadonlySet<string> = new Set()): VerificationAdapter {
  return {
    async verifyFace({ name, idNumber }) {
      if (name.trim() === '' || !isValidIdNumber(idNumber))
        return { ok: false, error: '身份信息无效 / the identity is not valid', final: true }
      if (mismatches.has(idNumber))
        return { ok: false, error: '人脸与身份证不一致 / the face does not match the ID card', final: true }
      return { ok: true }
    },
  }
}
