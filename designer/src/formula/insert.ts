/** Replaces the selection [start, end) with the snippet; the caret goes to the end of what was inserted. */
export function insertAt(
  text: string,
  start: number,
  end: number,
  snippet: string,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  return { text: text.slice(0, from) + snippet + text.slice(to), caret: from + snippet.length }
}
