/** Builds a JSON Pointer (RFC 6901) from its tokens, escaping `~` and `/`. */
export function pointer(...tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
}

/** Appends tokens to an existing pointer. */
export function under(base: string, ...tokens: readonly (string | number)[]): string {
  return base + pointer(...tokens)
}
