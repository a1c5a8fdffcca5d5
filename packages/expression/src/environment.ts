import { Environment } from '@marcbachmann/cel-js'
import type { Field, FormDefinition } from '@signoff/schemas'
import { registerContextFunctions } from './context-functions.ts'
import { registerDecimal } from './decimal-cel.ts'
import { type FormModel, formModel } from './form-model.ts'
import { limits } from './limits.ts'
import { CalendarRecord, DateRangeRecord, FileRecord, InitiatorRecord, OrgRecord } from './records.ts'
import { rowTypeName, shapes } from './shapes.ts'
import { shapeOf } from './value-types.ts'

export const formTypeName = 'Form'

function createBase(): Environment {
  const env = new Environment({
    limits: {
      maxAstNodes: limits.astNodes,
      maxDepth: limits.depth,
      maxListElements: limits.literalListElements,
      maxMapEntries: limits.literalMapEntries,
      maxCallArguments: limits.callArguments,
    },
  })
  registerDecimal(env)
  env.registerType('DateRange', {
    ctor: DateRangeRecord,
    fields: { start: 'string', end: 'string', startHalf: 'string', endHalf: 'string' },
  })
  env.registerType('File', {
    ctor: FileRecord,
    fields: { id: 'string', name: 'string', size: 'int', mime: 'string' },
  })
  env.registerType('Initiator', {
    ctor: InitiatorRecord,
    fields: { id: 'string', department: 'string', departments: 'list<string>', roles: 'list<string>' },
  })
  env.registerType('Calendar', {
    ctor: CalendarRecord,
    fields: { holidays: 'list<string>', workdays: 'list<string>' },
  })
  env.registerType('Org', { ctor: OrgRecord, fields: { departmentAncestors: 'map<string, list<string>>' } })
  env.registerVariable('initiator', 'Initiator', { description: 'The person who started the instance' })
  env.registerVariable('today', 'string', { description: 'The current date, YYYY-MM-DD' })
  env.registerVariable('calendar', 'Calendar', { description: 'Public holidays and make-up working days' })
  env.registerVariable('org', 'Org', { description: 'Each department’s ancestors' })
  registerContextFunctions(env)
  return env
}

let base: Environment | undefined

function fieldTypes(fields: Map<string, Field>): Record<string, string> {
  const types: Record<string, string> = {}
  for (const [id, field] of fields) {
    const shape = shapeOf(field)
    if (shape) types[id] = shapes[shape].celType(field)
  }
  return types
}

/** The CEL environment of one form: `form` typed from its fields, plus one `row` environment per table. */
export interface FormEnvironment {
  model: FormModel
  env: Environment
  rowEnv(tableId: string): Environment
}

const environments = new WeakMap<FormDefinition, FormEnvironment>()

export function formEnvironment(form: FormDefinition): FormEnvironment {
  const cached = environments.get(form)
  if (cached) return cached
  base ??= createBase()
  const model = formModel(form)
  const env = base.clone()
  for (const [id, table] of model.tables) {
    env.registerType(rowTypeName(id), { ctor: table.rowClass, fields: fieldTypes(table.columns) })
  }
  env.registerType(formTypeName, { ctor: model.formClass, fields: fieldTypes(model.fields) })
  env.registerVariable('form', formTypeName, { description: 'The submitted form values' })
  const rowEnvs = new Map<string, Environment>()
  const formEnv: FormEnvironment = {
    model,
    env,
    rowEnv(tableId) {
      let rowEnv = rowEnvs.get(tableId)
      if (!rowEnv) {
        rowEnv = env.clone().registerVariable('row', rowTypeName(tableId), { description: 'The current row' })
        rowEnvs.set(tableId, rowEnv)
      }
      return rowEnv
    },
  }
  environments.set(form, formEnv)
  return formEnv
}
