/** Milliseconds the call took, measured with the monotonic clock. */
export async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[rank] as number
}

export const perSecond = (count: number, ms: number) => (count * 1000) / ms

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits
