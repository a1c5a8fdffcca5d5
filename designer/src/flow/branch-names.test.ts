import { describe, expect, it } from 'vitest'
import { generatedEnglish, numberedBranchName, renameBranchEn, renameBranchZh } from './branch-names.ts'

describe('branch names', () => {
  it('knows the English of the names the designer gives', () => {
    expect(numberedBranchName(3)).toEqual({ 'zh-CN': '条件3', en: 'Condition 3' })
    expect(generatedEnglish('条件12')).toBe('Condition 12')
    expect(generatedEnglish('其他情况')).toBe('Otherwise')
    expect(generatedEnglish('超过 5,000 元')).toBeUndefined()
  })

  it('drops a generated English name when the branch is renamed in Chinese', () => {
    expect(renameBranchZh({ 'zh-CN': '条件2', en: 'Condition 2' }, '超过 5,000 元')).toEqual({
      'zh-CN': '超过 5,000 元',
    })
    expect(renameBranchZh({ 'zh-CN': '其他情况', en: 'Otherwise' }, '5,000 元以下')).toEqual({
      'zh-CN': '5,000 元以下',
    })
  })

  it('follows each keystroke: typing back a generated name gives its English again', () => {
    let name = numberedBranchName(2)
    for (const zh of ['条件', '条件3']) name = renameBranchZh(name, zh)
    expect(name).toEqual({ 'zh-CN': '条件3', en: 'Condition 3' })
  })

  it('treats an English name that only copies the Chinese one as generated', () => {
    expect(renameBranchZh({ 'zh-CN': '大额', en: '大额' }, '小额')).toEqual({ 'zh-CN': '小额' })
  })

  it('keeps an English name the owner wrote', () => {
    expect(renameBranchZh({ 'zh-CN': '条件2', en: 'Large orders' }, '大额')).toEqual({
      'zh-CN': '大额',
      en: 'Large orders',
    })
  })

  it('sets or clears the English name', () => {
    expect(renameBranchEn({ 'zh-CN': '大额' }, 'Large')).toEqual({ 'zh-CN': '大额', en: 'Large' })
    expect(renameBranchEn({ 'zh-CN': '大额', en: 'Large' }, '')).toEqual({ 'zh-CN': '大额' })
  })
})
