import type { Condition, Field, FormDefinition } from '@signoff/schemas'
import { compile } from './compile.ts'
import { conditionProgram } from './condition-program.ts'
import { celSurroundings, type EvaluationContext, withForm } from './context.ts'
import { type FormEnvironment, formEnvironment } from './environment.ts'
import { ExpressionError } from './errors.ts'
import { props } from './field-props.ts'
import { type FormModel, toCelForm, toCelFormReading } from './form-model.ts'
import { programReads } from './form-reads.ts'
import { planFormulas } from './formula-graph.ts'
import { resultSpec } from './formula-result.ts'
import type { CelRecord } from './records.ts'
import { shapes } from './shapes.ts'
import { shapeOf } from './value-types.ts'

/**
 * Evaluates a condition for a submission. A structured comparison on a missing value is simply false (or true
 * for ne/notIn/notContains); raw CEL that reads a missing value throws an ExpressionError with missingValue set.
 */
export function evaluateCondition(
  condition: Condition,
  form: FormDefinition,
  context: EvaluationContext,
): boolean {
  const program = conditionProgram(condition, form)
  const surroundings = celSurroundings(context)
  const record = toCelFormReading(formEnvironment(form).model, context.values, programReads(program))
  return conditionResult(program.run(withForm(surroundings, record)))
}

export function conditionResult(result: unknown): boolean {
  if (typeof result !== 'boolean')
    throw new ExpressionError('type', 'the condition did not give true or false')
  return result
}

function copyValues(model: FormModel, values: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...values }
  for (const tableId of model.tables.keys()) {
    const rows = copy[tableId]
    if (Array.isArray(rows))
      copy[tableId] = rows.map((row) => (typeof row === 'object' && row ? { ...row } : row))
  }
  return copy
}

/** Sets a computed value in both the submission and its CEL view; undefined removes it from both. */
function store(target: Record<string, unknown>, record: CelRecord, field: Field, value: unknown): void {
  const shape = shapeOf(field)
  const cel = value === undefined || !shape ? undefined : shapes[shape].toCel(value, field, noRows)
  if (value === undefined) delete target[field.id]
  else target[field.id] = value
  if (cel === undefined) record.delete(field.id)
  else record.set(field.id, cel)
}

function noRows(): never {
  throw new ExpressionError('type', 'a formula cannot give table rows')
}

/**
 * Recomputes every formula, table-row formulas included, in dependency order and returns the values with the
 * results as submission values. A formula whose inputs are missing gets no value; other failures throw.
 */
export function computeFormulas(
  form: FormDefinition,
  values: Record<string, unknown>,
  context: Omit<EvaluationContext, 'values'>,
): Record<string, unknown> {
  return computeFormulasWith(formEnvironment(form), values, celSurroundings(context))
}

/** computeFormulas with the surroundings already converted (celSurroundings). */
export function computeFormulasWith(
  fe: FormEnvironment,
  values: Record<string, unknown>,
  surroundings: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const { model } = fe
  const plan = planFormulas(model)
  const [cycle] = plan.cycles
  if (cycle) throw new ExpressionError('type', `formulas depend on each other: ${cycle.join(' → ')}`)
  const out = copyValues(model, values)
  const celForm = toCelForm(model, out)
  const variables = withForm(surroundings, celForm)
  const evaluate = (run: () => unknown, field: Field): unknown => {
    try {
      return resultSpec(field).toSubmission(run(), field)
    } catch (error) {
      if (error instanceof ExpressionError && error.missingValue) return undefined
      throw error
    }
  }
  for (const id of plan.order) {
    const formula = plan.formulas.get(id)
    if (!formula) continue
    const { field, tableId } = formula
    const expression = props(field).expression ?? ''
    if (!tableId) {
      const compiled = compile(fe.env, expression)
      store(
        out,
        celForm,
        field,
        evaluate(() => compiled.run(variables), field),
      )
      continue
    }
    const compiled = compile(fe.rowEnv(tableId), expression)
    const rows = out[tableId]
    const celRows = celForm.get(tableId)
    if (!Array.isArray(rows) || !Array.isArray(celRows)) continue
    rows.forEach((row, index) => {
      const celRow = celRows[index] as CelRecord
      if (typeof row !== 'object' || row === null) return
      const rowVariables = withForm(surroundings, celForm, { row: celRow })
      store(
        row as Record<string, unknown>,
        celRow,
        field,
        evaluate(() => compiled.run(rowVariables), field),
      )
    })
  }
  return out
}
