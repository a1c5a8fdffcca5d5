import type { Condition } from '../../generated/types.ts'
import type { JsonSchema } from '../json-schema.ts'
import type { Group } from './data-types.ts'
import type { SchemaError } from './errors.ts'

/** Decides a condition the schema cannot express; given the root values. */
export type ConditionEvaluator = (condition: Condition, values: Record<string, unknown>) => boolean

/** One validation pass. Inside `if` and `not`, Ajv stops at the first failure and keeps no errors. */
export interface Run {
  errors: SchemaError[]
  allErrors: boolean
  evaluate?: ConditionEvaluator
}

/** A schema ready to check a value found at `instancePath`; reports into `run.errors`. */
export type Node = (data: unknown, instancePath: string, run: Run) => boolean

/** A keyword's check, run with its schema's data. */
export type Check = Node

export interface KeywordContext {
  /** The schema object holding the keyword. */
  schema: JsonSchema
  /** Ajv's `schemaPath` of that schema ("#/properties/amount"). */
  schemaPath: string
  /** Builds a subschema found under this keyword at the given schema path segments. */
  sub(schema: unknown, ...segments: (string | number)[]): Node
  /** Reports a failure of this keyword. */
  fail(
    run: Run,
    data: unknown,
    instancePath: string,
    params?: Record<string, unknown>,
    message?: string,
  ): false
  /** Whether a subschema can never fail (Ajv skips those). */
  alwaysValid(schema: unknown): boolean
}

export interface KeywordSpec {
  /** The groups the keyword runs in, as Ajv registers it: `any`, or the data types it applies to. */
  groups: readonly Group[]
  /** Ajv's message for the keyword's error, from its params and schema value. */
  message?: (params: Record<string, unknown>, value: unknown) => string
  build(value: unknown, context: KeywordContext): Check | undefined
}
