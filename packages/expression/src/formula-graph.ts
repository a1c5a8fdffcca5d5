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
  formulas: Map<string, Formula>
  /** Formula ids in an order where each comes after every formula it reads. */
  order: string[]
  /** Each dependency cycle as the ids along it, first id repeated at the end. */
  cycles: string[][]
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

export function planFormulas(model: FormModel): FormulaPlan {
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
