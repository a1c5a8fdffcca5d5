/** A CEL double-quoted string literal for any JS string. */
export function celString(text: string): string {
  let out = '"'
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (char === '"' || char === '\\') out += `\\${char}`
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`
    // A lone surrogate cannot be written in UTF-8 source; it becomes U+FFFD as any UTF-8 encoder would make it.
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\uFFFD'
    else out += char
  }
  return `${out}"`
}

// CEL keywords and the names cel-js refuses; a field id among them cannot follow `form.`.
const reserved = new Set(
  'true false null in as break const continue else for function if import let loop package namespace return var void while __proto__ prototype'.split(
    ' ',
  ),
)

export function isSelectable(id: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(id) && !reserved.has(id)
}
