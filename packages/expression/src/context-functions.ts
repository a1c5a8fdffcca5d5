import type { ASTNode, Environment } from '@marcbachmann/cel-js'
import { type DateRangeValue, daysBetween, leaveDays, type WorkCalendar, workingDays } from './dates.ts'
import { ExpressionError } from './errors.ts'
import { DateRangeRecord } from './records.ts'

/** What the calendar and org functions read; passed under a key no CEL identifier can spell or shadow. */
export interface Surroundings {
  calendar: WorkCalendar
  departmentAncestors: ReadonlyMap<string, readonly string[]>
}
export const surroundingsKey = '$surroundings'

interface Checker {
  check(node: ASTNode, ctx: unknown): { name: string }
  getType(name: string): unknown
}
interface Evaluator {
  run(node: ASTNode, ctx: unknown): unknown
}
interface EvaluationScope {
  getValue(key: string): unknown
}
interface Macro {
  args: ASTNode[]
}

/**
 * Registers a function that also reads the evaluation's surroundings. CEL function handlers only see their
 * arguments, so these are macros: a macro's evaluate hook gets the evaluation context as well.
 */
function registerWithSurroundings(
  env: Environment,
  name: string,
  params: readonly string[],
  returns: string,
  apply: (surroundings: Surroundings, ...args: unknown[]) => unknown,
): void {
  env.registerFunction(`${name}(${params.map(() => 'ast').join(', ')}): ${returns}`, ({ args }: Macro) => ({
    args,
    async: false,
    typeCheck(checker: Checker, macro: Macro, ctx: unknown) {
      macro.args.forEach((arg, index) => {
        const type = checker.check(arg, ctx).name
        if (type !== params[index] && type !== 'dyn') {
          const expected = params.join(', ')
          throw new ExpressionError('type', `${name}() takes (${expected}); argument ${index + 1} is ${type}`)
        }
      })
      return checker.getType(returns)
    },
    evaluate(evaluator: Evaluator, macro: Macro, ctx: EvaluationScope) {
      const values = macro.args.map((arg) => evaluator.run(arg, ctx))
      return apply(ctx.getValue(surroundingsKey) as Surroundings, ...values)
    },
  }))
}

function dateRangeValue(record: unknown): DateRangeValue {
  if (!(record instanceof DateRangeRecord))
    throw new ExpressionError('eval', 'leaveDays() needs a date range')
  const part = (key: string) => String(record.get(key) ?? '')
  return { start: part('start'), end: part('end'), startHalf: part('startHalf'), endHalf: part('endHalf') }
}

export function registerContextFunctions(env: Environment): void {
  registerWithSurroundings(env, 'workingDays', ['string', 'string'], 'int', (s, start, end) =>
    BigInt(workingDays(String(start), String(end), s.calendar)),
  )
  registerWithSurroundings(env, 'leaveDays', ['DateRange'], 'decimal', (s, range) =>
    leaveDays(dateRangeValue(range), s.calendar),
  )
  registerWithSurroundings(env, 'within', ['string', 'string'], 'bool', (s, department, ancestor) => {
    if (department === ancestor) return true
    return s.departmentAncestors.get(String(department))?.includes(String(ancestor)) ?? false
  })
  env.registerFunction('daysBetween(string, string): int', (start: string, end: string) =>
    BigInt(daysBetween(start, end)),
  )
}
