/** Bounds that keep parsing, checking and evaluating any expression small and fast; see README.md. */
export const limits = {
  /** Characters of CEL source. */
  sourceLength: 4000,
  /** cel-js parser limits. */
  astNodes: 1500,
  depth: 32,
  literalListElements: 500,
  literalMapEntries: 200,
  callArguments: 16,
  /** Inputs: rows of a detail table and items of any list value. */
  listItems: 1000,
  /** Inputs: characters of any string value. */
  stringLength: 5000,
  /** Static upper bound on evaluation steps (see cost.ts). */
  cost: 2_000_000,
  /** Calendar days one date function may walk. */
  dateSpanDays: 3660,
} as const
