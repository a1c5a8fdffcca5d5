import { Decimal } from '@signoff/decimal'
import { describe, expect, it } from 'vitest'
import { toChineseUppercase } from './chinese-uppercase.ts'

describe('toChineseUppercase', () => {
  it.each([
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['0.05', '伍分'],
    ['0.5', '伍角整'],
    ['0.56', '伍角陆分'],
    ['10', '壹拾元整'],
    ['101.1', '壹佰零壹元壹角整'],
    ['1010', '壹仟零壹拾元整'],
    ['5000.01', '伍仟元零壹分'],
    ['10000', '壹万元整'],
    ['100010', '壹拾万零壹拾元整'],
    ['1000000', '壹佰万元整'],
    ['10001000', '壹仟万壹仟元整'],
    ['10000000.01', '壹仟万元零壹分'],
    ['100000001', '壹亿零壹元整'],
    ['101000000', '壹亿零壹佰万元整'],
    ['1234567890.12', '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    ['1000000000000', '壹万亿元整'],
    ['-3.2', '负叁元贰角整'],
    ['1.005', '壹元零壹分'],
  ])('%s → %s', (amount, expected) => {
    expect(toChineseUppercase(amount)).toBe(expected)
    expect(toChineseUppercase(Decimal.parse(amount))).toBe(expected)
  })
})
