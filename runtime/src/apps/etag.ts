export function draftEtag(revision: number): string {
  return `"r${revision}"`
}

/** The draft revision an If-Match header names; undefined when it names none (weak tags included). */
export function revisionFromIfMatch(header: string): number | undefined {
  const match = /^\s*(?:W\/)?"r(\d+)"\s*$/.exec(header)
  return match?.[1] === undefined ? undefined : Number(match[1])
}
