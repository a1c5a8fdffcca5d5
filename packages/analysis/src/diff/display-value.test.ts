import { describe, expect, it } from 'vitest'
import { displayValue } from './display-value.ts'

describe('displayValue', () => {
  it('reads switches as yes or no in each language', () => {
    expect(displayValue(true, 'zh-CN')).toBe('是')
    expect(displayValue(false, 'zh-CN')).toBe('否')
    expect(displayValue(false, 'en')).toBe('no')
  })

  it('shows a bilingual name in the reader’s language, the Chinese when there is no English', () => {
    expect(displayValue({ 'zh-CN': '合计', en: 'Total' }, 'en')).toBe("'Total'")
    expect(displayValue({ 'zh-CN': '合计' }, 'en', { quote: false })).toBe('合计')
  })

  it('writes other values as JSON, cut to the length asked, and nothing as a dash', () => {
    expect(displayValue([1, 2], 'en')).toBe('[1,2]')
    expect(displayValue('x'.repeat(10), 'en', { max: 5 })).toBe("'xxx…")
    expect(displayValue(undefined, 'zh-CN')).toBe('—')
  })
})
