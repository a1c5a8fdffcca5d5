// Ajv's standalone code for the definition validators, as an ES module the browser runs without
// Function()/eval (the designer's Content-Security-Policy has no 'unsafe-eval').
import { _ } from 'ajv/dist/compile/codegen/index.js'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { definitionAjv, schemaBase } from '../src/definition-ajv.ts'
import { ajvRuntime } from '../src/generated-runtime.ts'

/** The exported validators, by the schema each checks. */
export const precompiledSchemas = {
  app: 'app.schema.json',
  form: 'form.schema.json',
  flow: 'flow.schema.json',
  directory: 'directory.schema.json',
  orgImport: 'org-import.schema.json',
} as const

const runtimeCall = /require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/gi

export function precompiledValidators(schemas: readonly object[], banner: string): string {
  // Formats are looked up by name in definitionFormats, which holds the same format objects as the Ajv.
  const ajv = definitionAjv(schemas, { source: true, esm: true, lines: true, formats: _`definitionFormats` })
  const exports = Object.fromEntries(
    Object.entries(precompiledSchemas).map(([name, file]) => [name, `${schemaBase}${file}`]),
  )
  const code = standaloneCode(ajv, exports)
    .replace(/^"use strict";\n?/, '')
    .replace(runtimeCall, (call: string, name: string) => {
      if (!(name in ajvRuntime))
        throw new Error(`precompile: no ESM stand-in for ${call} in generated-runtime.ts`)
      return `ajvRuntime.${name}`
    })
  if (/\brequire\(/.test(code)) throw new Error('precompile: the generated code still calls require()')
  return [
    '// @ts-nocheck',
    `// ${banner}`,
    '// Ajv standalone code: the definition validators, compiled ahead so no code is generated at run time.',
    "import { definitionFormats } from '../formats/definition-formats.ts'",
    "import { ajvRuntime } from '../generated-runtime.ts'",
    '',
    code,
    '',
  ].join('\n')
}
