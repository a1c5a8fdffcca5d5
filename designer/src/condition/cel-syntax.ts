/**
 * A reader for the small part of CEL that structured conditions compile to (and people write by hand):
 * &&, ||, !, comparisons, `in`, literals, lists, member access and calls. Anything else is refused, so
 * the caller keeps the text as a raw-CEL condition instead of guessing.
 */
export type CelNode =
  | { t: 'bin'; op: string; l: CelNode; r: CelNode }
  | { t: 'not'; x: CelNode }
  | { t: 'ident'; name: string }
  | { t: 'member'; target: CelNode; name: string }
  | { t: 'lit'; value: string | number | boolean }
  | { t: 'list'; items: CelNode[] }
  | { t: 'call'; name: string; target?: CelNode; args: CelNode[] }

type Token =
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'id'; v: string }
  | { k: 'op'; v: string }

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', "'": "'", '\\': '\\' }
const operators = ['&&', '||', '==', '!=', '>=', '<=', '>', '<', '!', '(', ')', '[', ']', ',', '.']

function readString(source: string, start: number): [string, number] | undefined {
  const quote = source[start]
  let out = ''
  let at = start + 1
  while (at < source.length && source[at] !== quote) {
    const char = source[at] as string
    if (char !== '\\') {
      out += char
      at += 1
      continue
    }
    const next = source[at + 1] ?? ''
    if (next === 'x') {
      out += String.fromCharCode(Number.parseInt(source.slice(at + 2, at + 4), 16))
      at += 4
    } else if (next === 'u') {
      out += String.fromCharCode(Number.parseInt(source.slice(at + 2, at + 6), 16))
      at += 6
    } else if (escapes[next] !== undefined) {
      out += escapes[next]
      at += 2
    } else return undefined
  }
  return at < source.length ? [out, at + 1] : undefined
}

function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = []
  let at = 0
  while (at < source.length) {
    const rest = source.slice(at)
    const space = /^\s+/.exec(rest)
    const number = /^-?\d+(\.\d+)?/.exec(rest)
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)
    const op = operators.find((item) => rest.startsWith(item))
    if (space) at += space[0].length
    else if (rest[0] === '"' || rest[0] === "'") {
      const read = readString(source, at)
      if (!read) return undefined
      tokens.push({ k: 'str', v: read[0] })
      at = read[1]
    } else if (number && !(number[0].startsWith('-') && tokens.at(-1)?.k !== 'op')) {
      tokens.push({ k: 'num', v: Number(number[0]) })
      at += number[0].length
    } else if (word) {
      tokens.push({ k: 'id', v: word[0] })
      at += word[0].length
    } else if (op) {
      tokens.push({ k: 'op', v: op })
      at += op.length
    } else return undefined
  }
  return tokens
}

class Refused extends Error {}

const relations = new Set(['==', '!=', '>', '>=', '<', '<='])

/** The syntax tree of a CEL source, or undefined when it uses more than this reader knows. */
export function parseCel(source: string): CelNode | undefined {
  const tokens = tokenize(source)
  if (!tokens) return undefined
  let at = 0
  const peek = () => tokens[at]
  const isOp = (v: string) => peek()?.k === 'op' && peek()?.v === v
  const expect = (v: string) => {
    if (!isOp(v)) throw new Refused(v)
    at += 1
  }
  const list = (close: string, item: () => CelNode): CelNode[] => {
    const items: CelNode[] = []
    while (!isOp(close)) {
      items.push(item())
      if (!isOp(close)) expect(',')
    }
    expect(close)
    return items
  }
  const binary = (ops: readonly string[], next: () => CelNode) => (): CelNode => {
    let left = next()
    for (let token = peek(); token && token.k !== 'str' && ops.includes(String(token.v)); token = peek()) {
      at += 1
      left = { t: 'bin', op: String(token.v), l: left, r: next() }
    }
    return left
  }
  const primary = (): CelNode => {
    const token = peek()
    if (!token) throw new Refused('end')
    at += 1
    if (token.k === 'str' || token.k === 'num') return { t: 'lit', value: token.v }
    if (token.k === 'id') {
      if (token.v === 'true' || token.v === 'false') return { t: 'lit', value: token.v === 'true' }
      if (isOp('(')) {
        at += 1
        return { t: 'call', name: token.v, args: list(')', expression) }
      }
      return { t: 'ident', name: token.v }
    }
    if (token.v === '(') {
      const inner = expression()
      expect(')')
      return inner
    }
    if (token.v === '[') return { t: 'list', items: list(']', expression) }
    throw new Refused(token.v)
  }
  const postfix = (): CelNode => {
    let node = primary()
    while (isOp('.')) {
      at += 1
      const name = peek()
      if (name?.k !== 'id') throw new Refused('.')
      at += 1
      if (isOp('(')) {
        at += 1
        node = { t: 'call', name: name.v, target: node, args: list(')', expression) }
      } else node = { t: 'member', target: node, name: name.v }
    }
    return node
  }
  const unary = (): CelNode => {
    if (!isOp('!')) return postfix()
    at += 1
    return { t: 'not', x: unary() }
  }
  const relation = binary([...relations, 'in'], unary)
  const and = binary(['&&'], relation)
  const expression = binary(['||'], and)
  try {
    const root = expression()
    return at === tokens.length ? root : undefined
  } catch (error) {
    if (error instanceof Refused) return undefined
    throw error
  }
}
