import type { Field } from '@signoff/schemas'
import { props } from './field-props.ts'
import type { FormModel } from './form-model.ts'
import { sourceReferences } from './references.ts'

export interface Formula {
  field: Field
  /** Set for a formula column of a detail table: it is computed once per row. */
  tableId?: string
}

export interface FormulaPlan {
  readonly formulas: ReadonlyMap<string, Formula>
  /** Formula ids in an order where each comes after every formula it reads. */
  readonly order: readonly string[]
  /** Each dependency cycle as the ids along it, first id repeated at the end. */
  readonly cycles: readonly (readonly string[])[]
}

function isFormula(field: Field): boolean {
  return typeof props(field).expression === 'string'
}

function collectFormulas(model: FormModel): Map<string, Formula> {
  const formulas = new Map<string, Formula>()
  for (const [id, field] of model.fields) if (isFormula(field)) formulas.set(id, { field })
  for (const [tableId, table] of model.tables) {
    for (const [id, column] of table.columns)
      if (isFormula(column)) formulas.set(id, { field: column, tableId })
  }
  return formulas
}

function dependencies(formula: Formula, model: FormModel, formulas: Map<string, Formula>): string[] {
  const deps = new Set<string>()
  for (const ref of sourceReferences(props(formula.field).expression ?? '')) {
    if (formulas.has(ref)) deps.add(ref)
    // Reading a detail table reads every formula column of its rows.
    const table = model.tables.get(ref)
    if (table) for (const id of table.columns.keys()) if (formulas.has(id)) deps.add(id)
  }
  return [...deps]
}

// A form model is built once per form object, and the plan follows from it alone.
const plans = new WeakMap<FormModel, FormulaPlan>()

/**
 * The formulas of a form in dependency order, and any cycles. Made once per form model and shared: treat
 * the plan as read-only.
 */
export function planFormulas(model: FormModel): FormulaPlan {
  let plan = plans.get(model)
  if (!plan) {
    plan = makePlan(model)
    plans.set(model, plan)
  }
  return plan
}

function makePlan(model: FormModel): FormulaPlan {
  const formulas = collectFormulas(model)
  const order: string[] = []
  const cycles: string[][] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (id: string): void => {
    const seen = state.get(id)
    if (seen === 'done') return
    if (seen === 'visiting') {
      cycles.push([...stack.slice(stack.indexOf(id)), id])
      return
    }
    const formula = formulas.get(id)
    if (!formula) return
    state.set(id, 'visiting')
    stack.push(id)
    for (const dep of dependencies(formula, model, formulas)) visit(dep)
    stack.pop()
    state.set(id, 'done')
    order.push(id)
  }
  for (const id of formulas.keys()) visit(id)
  return { formulas, order, cycles }
}
