import * as equalModule from 'ajv/dist/runtime/equal.js'
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js'

// Ajv's generated code calls these helpers as `require("ajv/dist/runtime/<name>").default`; the
// precompiled validators are ES modules, so the generator points those calls here instead. Imported from
// CommonJS, the function is the namespace's default (bundlers honour __esModule) or that default's default
// (Node hands over module.exports).
type Helper = (...args: never[]) => unknown
const unwrap = <F extends Helper>(namespace: { default: unknown }): F => {
  const outer = namespace.default as F | { default: F }
  return typeof outer === 'function' ? outer : outer.default
}

/** The helpers by the name Ajv's generated code uses. */
export const ajvRuntime = {
  equal: unwrap<(a: unknown, b: unknown) => boolean>(equalModule),
  ucs2length: unwrap<(text: string) => number>(ucs2lengthModule),
}
