import type { Format } from 'ajv'
import { fullFormats } from 'ajv-formats/dist/formats.js'
import { chineseFormats } from './register.ts'

/**
 * Every format the definition schemas' Ajv knows, as `createAjv` registers them (ajv-formats' full
 * formats, then the Chinese ones): the precompiled validators look formats up here by name, so they
 * check exactly what a freshly compiled Ajv checks without bringing Ajv's compiler along.
 */
export const definitionFormats: Record<string, Format> = {
  ...fullFormats,
  ...Object.fromEntries(
    Object.entries(chineseFormats).map(([name, validate]) => [name, { type: 'string', validate }]),
  ),
}
