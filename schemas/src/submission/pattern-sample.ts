// A string matching a text field's pattern, for sample submissions. Patterns owners write are short
// and plain (codes like ^YS-\d{4}-\d{3}$); this walks that subset (literals, escapes, classes,
// groups, alternation, quantifiers) and gives up on anything else, so the owner fills the field.

type Node = { kind: 'text'; text: string } | { kind: 'group'; branches: Node[][] }
interface Quantified {
  node: Node
  min: number
}

const classSamples: Record<string, string> = { d: '1', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' }

class Unsupported extends Error {}

function classSample(body: string): string {
  if (body.startsWith('^')) {
    // A negated class: the first plain character it does not exclude.
    const excluded = body.slice(1)
    const found = [...'aA1-_ '].find((char) => !new RegExp(`[${excluded}]`, 'u').test(char))
    if (found === undefined) throw new Unsupported()
    return found
  }
  if (body.startsWith('\\')) {
    const sample = classSamples[body[1] ?? '']
    if (sample === undefined) return body[1] ?? ''
    return sample
  }
  return body[0] ?? ''
}

function parse(pattern: string): Quantified[][] {
  let at = 0
  const sequence = (): Quantified[][] => {
    const branches: Quantified[][] = [[]]
    while (at < pattern.length && pattern[at] !== ')') {
      const char = pattern[at] as string
      let node: Node
      if (char === '|') {
        branches.push([])
        at += 1
        continue
      }
      if (char === '^' || char === '$') {
        at += 1
        continue
      }
      if (char === '(') {
        at += pattern.startsWith('(?:', at) ? 3 : 1
        if (pattern[at] === '?') throw new Unsupported()
        node = { kind: 'group', branches: sequence().map((items) => items.map((item) => item.node)) }
        if (pattern[at] !== ')') throw new Unsupported()
        at += 1
      } else if (char === '[') {
        const end = pattern.indexOf(']', at + 2)
        if (end < 0) throw new Unsupported()
        node = { kind: 'text', text: classSample(pattern.slice(at + 1, end)) }
        at = end + 1
      } else if (char === '\\') {
        const next = pattern[at + 1] ?? ''
        if (/[bBpPu0-9kx]/.test(next)) throw new Unsupported()
        node = { kind: 'text', text: classSamples[next] ?? next }
        at += 2
      } else if (char === '.') {
        node = { kind: 'text', text: 'a' }
        at += 1
      } else if ('*+?{'.includes(char)) {
        throw new Unsupported()
      } else {
        node = { kind: 'text', text: char }
        at += 1
      }
      let min = 1
      const rest = pattern.slice(at)
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(rest)
      if (counted) {
        min = Number(counted[1])
        at += counted[0].length
      } else if (rest[0] === '*' || rest[0] === '?') {
        min = 0
        at += 1
      } else if (rest[0] === '+') at += 1
      if (pattern[at] === '?') at += 1
      branches.at(-1)?.push({ node, min })
    }
    return branches
  }
  const result = sequence()
  if (at !== pattern.length) throw new Unsupported()
  return result
}

function render(node: Node): string {
  if (node.kind === 'text') return node.text
  const [first = []] = node.branches
  return first.map(render).join('')
}

/** A string the pattern accepts with at least `minLength` characters, or undefined when it cannot tell. */
export function patternSample(pattern: string, minLength = 1): string | undefined {
  let regex: RegExp
  let branches: Quantified[][]
  try {
    regex = new RegExp(pattern, 'u')
    branches = parse(pattern)
  } catch {
    return undefined
  }
  for (const items of branches) {
    // The fewest repetitions first; if that is too short for minLength, one more of every repeatable part.
    for (const extra of [0, 1, 3, 8]) {
      const text = items.map((item) => render(item.node).repeat(item.min + extra)).join('')
      if (text.length >= minLength && regex.test(text)) return text
    }
  }
  return undefined
}
