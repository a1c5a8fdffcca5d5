import type { Environment } from '@marcbachmann/cel-js'
import type { Issue } from '@signoff/schemas'
import type { ExpressionError } from './errors.ts'
import type { resultTypes } from './formula-result.ts'
import type { Shape } from './shapes.ts'

/** An Issue with the same message for a Chinese-speaking owner, like analysis' Finding.messageZh. */
export interface BilingualIssue extends Issue {
  messageZh: string
}

/** How a Chinese message names a field: its Chinese label with the id to find it by (as analysis' nameZh). */
export function fieldNameZh(field: { id: string; label?: { 'zh-CN'?: string } }): string {
  const label = field.label?.['zh-CN']
  return label && label !== field.id ? `${label}（${field.id}）` : field.id
}

const celTypesZh: Record<string, string> = {
  bool: '是/否',
  bytes: '字节',
  decimal: '数字',
  double: '数字',
  duration: '时长',
  dyn: '任意值',
  int: '整数',
  map: '对象',
  null: '空值',
  null_type: '空值',
  string: '文本',
  timestamp: '时间',
  uint: '整数',
}

/** A CEL type in the owner's words: decimal → 数字, list<string> → 文本列表. */
export function celTypeZh(type: string): string {
  const list = /^list<(.+)>$/.exec(type)?.[1]
  if (list) return `${celTypeZh(list)}列表`
  if (type === 'list') return '列表'
  if (type.startsWith('map<')) return '对象'
  return celTypesZh[type] ?? type
}

/** What a formula field's result type is called in the designer. */
export const resultTypeZh = {
  number: '数字',
  money: '金额',
  text: '文本',
  boolean: '是/否',
  date: '日期',
} as const satisfies Record<keyof typeof resultTypes, string>

const tokensZh: Record<string, string> = {
  EOF: '表达式结尾',
  RPAREN: '“)”',
  LPAREN: '“(”',
  RBRACKET: '“]”',
  LBRACKET: '“[”',
  RBRACE: '“}”',
  LBRACE: '“{”',
  COMMA: '“,”',
  COLON: '“:”',
  DOT: '“.”',
  QUESTION: '“?”',
  PLUS: '“+”',
  MINUS: '“-”',
  MULTIPLY: '“*”',
  DIVIDE: '“/”',
  MODULO: '“%”',
  EQ: '“==”',
  NE: '“!=”',
  LT: '“<”',
  LE: '“<=”',
  GT: '“>”',
  GE: '“>=”',
  AND: '“&&”',
  OR: '“||”',
  NOT: '“!”',
  IN: '“in”',
}

const tokenZh = (token: string) => tokensZh[token] ?? token

function typeListZh(args: string): string {
  const types = args
    .split(/,\s*/)
    .filter((type) => type !== '')
    .map(celTypeZh)
  return types.length ? `（${types.join('，')}）` : '（无参数）'
}

// "found no matching overload for 'string.startsWith(int)'" says the same for an unknown function, a wrong
// number of arguments and wrong argument types; the environment's definitions tell them apart.
function overloadZh(receiver: string | undefined, name: string, args: string, env?: Environment): string {
  const called = receiver ? `${celTypeZh(receiver)}.${name}()` : `${name}()`
  const given = args.trim() === '' ? 0 : args.split(/,\s*/).length
  // A method (`text.size()`) and a global function (`size(text)`) are different calls with the same name.
  const known = env
    ?.getDefinitions()
    .functions.filter((f) => f.name === name && (f.receiverType === null) === (receiver === undefined))
  if (known && known.length === 0) return `没有名为 ${name} 的函数`
  const counts = [...new Set(known?.map((f) => f.params.length))].sort((a, b) => a - b)
  if (counts.length > 0 && !counts.includes(given)) {
    return `函数 ${called} 不接受 ${given} 个参数（应为 ${counts.join(' 或 ')} 个）`
  }
  return `函数 ${called} 不接受这样的参数${typeListZh(args)}`
}

type Translate = (match: RegExpExecArray, env?: Environment) => string

// The messages cel-js and this package give that an owner can reach by typing; anything else keeps its text.
const patterns: [RegExp, Translate][] = [
  [/^Unexpected token: EOF/, () => '表达式不完整，结尾还缺少内容'],
  [/^Unexpected token: (\w+)/, (m) => `这里不应出现${tokenZh(m[1] ?? '')}`],
  [/^Unexpected character: (.+)/, (m) => `无法识别的字符“${m[1]}”`],
  [/^Unterminated string/, () => '文本缺少结束的引号'],
  [/^Expected (\w+), got EOF/, (m) => `表达式不完整，缺少${tokenZh(m[1] ?? '')}`],
  [/^Expected (\w+), got (\w+)/, (m) => `这里应为${tokenZh(m[1] ?? '')}，却是${tokenZh(m[2] ?? '')}`],
  [
    /^found no matching overload for '(?:(\w+)\.)?(\w+)\((.*)\)'/,
    (m, env) => overloadZh(m[1], m[2] ?? '', m[3] ?? '', env),
  ],
  [
    /^no such overload: (\w+) (\S+) (\w+)$/,
    (m) => `${celTypeZh(m[1] ?? '')}和${celTypeZh(m[3] ?? '')}不能用“${m[2]}”运算`,
  ],
  [/^Unknown variable: (\w+)/, (m) => `不认识“${m[1]}”；引用字段请写 form.字段标识`],
  [/^No such key: (\w+)/, (m) => `没有名为“${m[1]}”的字段或键`],
  [
    /^Ternary condition must be bool, got '(\w+)'/,
    (m) => `“?”前面的条件应为是/否，却是${celTypeZh(m[1] ?? '')}`,
  ],
  [/^"(.+)" cannot be used as a key or field name/, (m) => `“${m[1]}”不能用作键或字段名`],
  [/^the number (\S+) is out of range/, (m) => `数字 ${m[1]} 超出了范围`],
  [/^the expression is longer than (\d+) characters/, (m) => `表达式超过了 ${m[1]} 个字符`],
  [
    /^the expression could take about (\S+) steps on the largest inputs \(limit (\d+)\)/,
    (m) => `表达式在最大的输入上约需 ${m[1]} 步，超过了上限 ${m[2]} 步`,
  ],
]

/** An ExpressionError from checking, in Chinese with where it is; unknown messages keep their original text. */
export function expressionErrorZh(error: ExpressionError, env?: Environment): string {
  const where = error.position === undefined ? '' : `（第 ${error.position + 1} 个字符处）`
  for (const [pattern, translate] of patterns) {
    const match = pattern.exec(error.message)
    if (match) return `${translate(match, env)}${where}`
  }
  return `表达式有误：${error.message}${where}`
}

/** How to write a condition value for each shape, in Chinese (condition-operands' `expects`). */
export const expectsZh = {
  decimal: '写成文本的数字，如 "5000" 或 "0.5"',
  text: '文本',
  choice: '选项的值或标识',
  date: '日期，如 "2024-05-01"',
  datetime: '带时区的日期时间，如 "2024-05-01T09:00:00+08:00"',
  bool: 'true 或 false',
  multi: '选项的值或标识',
  dateRange: '不填值',
  files: '不填值',
  rows: '不填值',
} as const satisfies Record<Shape, string>
