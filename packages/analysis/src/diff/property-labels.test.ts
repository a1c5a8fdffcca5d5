import { describe, expect, it } from 'vitest'
import { fieldPropertyLabel, humanize, leadingChinese, nodePropertyLabel } from './property-labels.ts'

describe('property labels', () => {
  it('names base field properties as the property panel does', () => {
    expect(fieldPropertyLabel('money', 'required')).toEqual({ 'zh-CN': '必填', en: 'Required' })
    expect(fieldPropertyLabel('select', 'default')).toEqual({ 'zh-CN': '默认值', en: 'Default' })
  })

  it("names a type's own property by the Chinese its schema description starts with", () => {
    expect(fieldPropertyLabel('multiSelect', 'minSelected')).toEqual({
      'zh-CN': '最少选择',
      en: 'Min selected',
    })
    expect(fieldPropertyLabel('attachment', 'maxSize')).toEqual({
      'zh-CN': '单个文件大小上限',
      en: 'Max size',
    })
  })

  it('falls back to the key where nothing names the property', () => {
    expect(fieldPropertyLabel('number', 'unit')).toEqual({ 'zh-CN': 'unit', en: 'Unit' })
    expect(fieldPropertyLabel('noSuchType', 'frobnicate')).toEqual({
      'zh-CN': 'frobnicate',
      en: 'Frobnicate',
    })
    expect(nodePropertyLabel('rejectReasons')).toEqual({ 'zh-CN': 'rejectReasons', en: 'rejectReasons' })
  })

  it('names node properties as the node panel does', () => {
    expect(nodePropertyLabel('approvers')).toEqual({ 'zh-CN': '审批人', en: 'Approvers' })
  })

  it('reads the leading Chinese word and humanizes keys', () => {
    expect(leadingChinese('币种 ISO 4217 currency code; CNY when absent.')).toBe('币种')
    expect(leadingChinese('Where the owner dragged the node')).toBeUndefined()
    expect(humanize('minSelected')).toBe('Min selected')
  })
})
