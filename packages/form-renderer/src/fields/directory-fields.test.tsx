// @vitest-environment jsdom
import '../testing/dom-setup.ts'
import { demoDirectory } from '@signoff/templates'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { directoryOf, zhangsan } from '../testing/demo-services.ts'
import { renderForm } from '../testing/form-harness.tsx'
import { formWith } from '../testing/pick.ts'
import { initialValues } from './registry.ts'

const services = { directory: directoryOf(demoDirectory) }

describe('member and department fields', () => {
  it('searches the directory and submits the chosen member id', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('owner'), { services })
    await user.click(screen.getByLabelText('负责人'))
    await user.type(screen.getByLabelText('负责人'), '李')
    await user.click(await screen.findByTitle('李四（品牌组）'))
    expect(values()).toEqual({ owner: 'lisi' })
  })

  it('a multiple member field submits a list of ids', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(formWith('watchers'), { services })
    await user.click(screen.getByLabelText('关注人'))
    await user.type(screen.getByLabelText('关注人'), '王')
    await user.click(await screen.findByTitle('王五（市场部）'))
    expect(values()).toEqual({ watchers: ['wangwu'] })
  })

  it('shows names, not ids, of members and departments already chosen', async () => {
    renderForm(formWith('owner', 'dept'), {
      services,
      mode: 'read',
      value: { owner: 'zhaoliu', dept: 'finance' },
    })
    expect(await screen.findByText('赵六')).toBeTruthy()
    expect(await screen.findByText('财务部')).toBeTruthy()
  })

  it('starts with the initiator and their department where the field says so', async () => {
    const form = {
      fields: [
        { id: 'who', type: 'member', label: { 'zh-CN': '申请人' }, default: 'initiator' },
        { id: 'where', type: 'department', label: { 'zh-CN': '部门' }, default: 'initiatorDepartment' },
      ],
    } as Parameters<typeof initialValues>[0]
    const value = initialValues(form, zhangsan)
    expect(value).toEqual({ who: 'zhangsan', where: 'brand' })
    renderForm(form as never, { services, value })
    expect(await screen.findByText('张三')).toBeTruthy()
    expect(await screen.findByText('品牌组')).toBeTruthy()
  })
})
