import { applicatorKeywords as a } from './applicator-keywords.ts'
import { customKeywords as custom } from './custom-keywords.ts'
import { formatKeywords as f } from './format-keywords.ts'
import type { KeywordSpec } from './node.ts'
import { uniqueItemsKeyword } from './unique-items.ts'
import { validationKeywords as v } from './validation-keywords.ts'

const { fileAccept, dateSpan, ...scalarCustom } = custom

/**
 * Every keyword the interpreter knows, in the order Ajv (as `createSubmissionAjv` sets it up) runs them
 * within each group, so that errors come out in Ajv's order. A schema with any other keyword is refused.
 */
export const keywords: Readonly<Record<string, KeywordSpec>> = {
  const: v.const,
  enum: v.enum,
  not: a.not,
  anyOf: a.anyOf,
  allOf: a.allOf,
  if: a.if,
  maximum: v.maximum,
  minimum: v.minimum,
  maxLength: v.maxLength,
  minLength: v.minLength,
  pattern: v.pattern,
  ...f,
  ...scalarCustom,
  maxItems: v.maxItems,
  minItems: v.minItems,
  items: a.items,
  contains: a.contains,
  uniqueItems: uniqueItemsKeyword,
  required: v.required,
  additionalProperties: a.additionalProperties,
  properties: a.properties,
  fileAccept,
  dateSpan,
}

/** Keywords read by another one (`then`, `else` by `if`) or that check nothing. */
export const passiveKeywords = new Set(['type', 'then', 'else', '$schema', 'description'])
