import { Decimal } from '@signoff/decimal'

const digits = '零壹贰叁肆伍陆柒捌玖'
const placeUnits = ['仟', '佰', '拾', '']

function digit(n: number): string {
  return digits[n] ?? ''
}

/** 4-digit group without its group unit: inner runs of zeros read as one 零, trailing zeros are silent. */
function groupText(value: number): string {
  const places = String(value).padStart(4, '0')
  let text = ''
  let zero = false
  for (let i = 0; i < 4; i++) {
    const d = Number(places[i])
    if (d === 0) {
      zero = text !== ''
      continue
    }
    text += `${zero ? '零' : ''}${digit(d)}${placeUnits[i]}`
    zero = false
  }
  return text
}

// Groups of four digits: 万 for every odd group, 亿 for every pair (万亿 = 10^12, 亿亿 = 10^16).
function groupUnit(index: number): string {
  return '万'.repeat(index % 2) + '亿'.repeat(Math.floor(index / 2))
}

function integerText(integer: bigint): string {
  const groups: number[] = []
  for (let rest = integer; rest > 0n; rest /= 10000n) groups.push(Number(rest % 10000n))
  let text = ''
  let zeroPending = false
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index] ?? 0
    if (group === 0) {
      zeroPending = text !== ''
      continue
    }
    // A gap before this group (a whole zero group, or leading zeros inside it) reads as one 零.
    if (text !== '' && (zeroPending || group < 1000)) text += '零'
    text += groupText(group) + groupUnit(index)
    zeroPending = false
  }
  return text
}

/** 人民币大写 for an amount, rounded half up to 分: 5000.01 → 伍仟元零壹分, 10000 → 壹万元整. */
export function toChineseUppercase(amount: Decimal | string): string {
  const value = (typeof amount === 'string' ? Decimal.parse(amount) : amount).round(2)
  const cents = BigInt(value.abs().toFixed(2).replace('.', ''))
  const integer = cents / 100n
  const jiao = Number((cents / 10n) % 10n)
  const fen = Number(cents % 10n)
  const sign = value.isNegative() && cents > 0n ? '负' : ''
  if (cents === 0n) return '零元整'
  let text = integer > 0n ? `${integerText(integer)}元` : ''
  if (jiao === 0 && fen === 0) return `${sign}${text}整`
  if (jiao > 0) text += `${digit(jiao)}角`
  if (fen > 0) text += `${jiao === 0 && integer > 0n ? '零' : ''}${digit(fen)}分`
  else text += '整'
  return sign + text
}
