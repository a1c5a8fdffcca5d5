import { describe, expect, it } from 'vitest'
import { numberedBranchName } from '../flow/branch-names.ts'
import { givenEnglish, renameEn, renameZh } from './follow-rename.ts'

describe('following a rename in Chinese', () => {
  it('knows the English of the names the designer gives', () => {
    expect(numberedBranchName(3)).toEqual({ 'zh-CN': '条件3', en: 'Condition 3' })
    expect(givenEnglish(numberedBranchName(12)['zh-CN'])).toBe('Condition 12')
    expect(givenEnglish('其他情况')).toBe('Otherwise')
    expect(givenEnglish('审批人')).toBe('Approver')
    expect(givenEnglish('条件分支')).toBe('Condition')
    expect(givenEnglish('超过 5,000 元')).toBeUndefined()
  })

  it('drops a given English name when the branch or node is renamed in Chinese', () => {
    expect(renameZh({ 'zh-CN': '条件2', en: 'Condition 2' }, '超过 5,000 元')).toEqual({
      'zh-CN': '超过 5,000 元',
    })
    expect(renameZh({ 'zh-CN': '其他情况', en: 'Otherwise' }, '5,000 元以下')).toEqual({
      'zh-CN': '5,000 元以下',
    })
    expect(renameZh({ 'zh-CN': '条件分支', en: 'Condition' }, '按金额')).toEqual({ 'zh-CN': '按金额' })
  })

  it('follows each keystroke: typing back a given name gives its English again', () => {
    let name = numberedBranchName(2)
    for (const zh of ['条件', '条件3']) name = renameZh(name, zh)
    expect(name).toEqual({ 'zh-CN': '条件3', en: 'Condition 3' })
  })

  it('treats an English name that only copies the Chinese one as given', () => {
    expect(renameZh({ 'zh-CN': '大额', en: '大额' }, '小额')).toEqual({ 'zh-CN': '小额' })
  })

  it('keeps an English name the owner wrote', () => {
    expect(renameZh({ 'zh-CN': '条件2', en: 'Large orders' }, '大额')).toEqual({
      'zh-CN': '大额',
      en: 'Large orders',
    })
  })

  it('sets or clears the English name', () => {
    expect(renameEn({ 'zh-CN': '大额' }, 'Large')).toEqual({ 'zh-CN': '大额', en: 'Large' })
    expect(renameEn({ 'zh-CN': '大额', en: 'Large' }, '')).toEqual({ 'zh-CN': '大额' })
  })
})
