export interface Check {
  id: string
  workload: string
  metric: string
  value: number
  unit: string
  op: '>=' | '<=' | '='
  target: number
  met: boolean
}

export function check(
  id: string,
  workload: string,
  metric: string,
  value: number,
  op: Check['op'],
  target: number,
  unit = '',
): Check {
  const met = op === '>=' ? value >= target : op === '<=' ? value <= target : value === target
  return { id, workload, metric, value, unit, op, target, met }
}
