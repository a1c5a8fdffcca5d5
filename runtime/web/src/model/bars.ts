/** Widths of horizontal bars as percentages of the largest value (at least a sliver for any non-zero value). */
export function barWidths(values: readonly number[]): number[] {
  const max = Math.max(0, ...values)
  if (max === 0) return values.map(() => 0)
  return values.map((value) => (value <= 0 ? 0 : Math.max(2, Math.round((value / max) * 1000) / 10)))
}
