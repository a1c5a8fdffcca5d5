import { expect, test } from '@playwright/test'
import { snapshot } from './support/session.ts'
import {
  appIdOf,
  confirmDialog,
  openTask,
  personOf,
  startReimbursement,
  todoTaskOf,
} from './support/workspace.ts'

test('an empty leave form shows each error on its own field, and nothing is submitted', async ({
  browser,
}) => {
  const zhang = await personOf(browser, 'zhangsan')
  const leave = await appIdOf(zhang, 'leave')
  const startedBefore = (await zhang.get<{ items: unknown[] }>('/tasks?box=started')).items.length
  await zhang.page.goto(`/apps/${leave}`)
  await expect(zhang.page.locator('#sf-reason')).toBeVisible()
  await zhang.page.getByRole('button', { name: /提\s*交/ }).click()

  for (const field of ['leaveType', 'period', 'reason', 'delegate'])
    await expect(zhang.page.locator(`#sf-${field}-error`), `${field} is required`).toBeVisible()
  await expect(zhang.page.locator('#sf-proof-error'), 'the optional proof has no error').toHaveCount(0)
  await expect(zhang.page.locator('#sf-reason')).toHaveAttribute('aria-invalid', 'true')
  await expect(zhang.page.locator('#sf-reason')).toHaveAttribute('aria-describedby', 'sf-reason-error')
  await snapshot(zhang.page, 'actions-01-validation-errors')

  // Filling one field clears its error only.
  await zhang.page.locator('#sf-reason').fill('家中有事')
  await expect(zhang.page.locator('#sf-reason-error')).toHaveCount(0)
  await expect(zhang.page.locator('#sf-leaveType-error')).toBeVisible()
  expect((await zhang.get<{ items: unknown[] }>('/tasks?box=started')).items.length).toBe(startedBefore)
  await zhang.close()
})

test('lisi returns a reimbursement with a reason; zhangsan fixes it and resubmits', async ({ browser }) => {
  const zhang = await personOf(browser, 'zhangsan')
  const li = await personOf(browser, 'lisi')
  const returned = await startReimbursement(zhang, '101.00')
  const task = await todoTaskOf(li, returned.id)
  if (!task) throw new Error('lisi holds no task on it')
  await openTask(li.page, task.id)
  await li.page
    .locator('.action-bar')
    .getByRole('button', { name: /退\s*回/ })
    .click()
  await li.page.getByLabel(/退回原因/).fill('请补充说明')
  await confirmDialog(li.page)
  await li.page.waitForURL(/\/instances\//)
  expect((await zhang.get(`/instances/${returned.id}`)).status).toBe('returned')

  await zhang.page.goto(`/instances/${returned.id}`)
  await expect(zhang.page.getByRole('button', { name: /重新提交/ })).toBeVisible()
  await expect(zhang.page.locator('.timeline')).toContainText('请补充说明')
  await zhang.page.getByLabel(/收款人户名/).fill('张三（改）')
  await snapshot(zhang.page, 'actions-02-returned')
  await zhang.page.getByRole('button', { name: /重新提交/ }).click()
  await expect(zhang.page.locator('.page-head .ant-tag', { hasText: '审批中' })).toBeVisible()
  const resubmitted = await zhang.get(`/instances/${returned.id}`)
  expect(resubmitted.status).toBe('running')
  expect(resubmitted.values.payeeName).toBe('张三（改）')
  expect(await todoTaskOf(li, returned.id), 'lisi is asked again').toBeDefined()
  await zhang.close()
  await li.close()
})

test('reject needs a reason; lisi transfers the task to wangwu on a phone instead', async ({ browser }) => {
  const zhang = await personOf(browser, 'zhangsan')
  const li = await personOf(browser, 'lisi', { width: 375, height: 812 })
  const transferred = await startReimbursement(zhang, '202.00')
  const task = await todoTaskOf(li, transferred.id)
  if (!task) throw new Error('lisi holds no task on it')
  await openTask(li.page, task.id)
  await li.page
    .locator('.action-bar')
    .getByRole('button', { name: /拒\s*绝/ })
    .click()
  await confirmDialog(li.page)
  await expect(li.page.getByRole('dialog').locator('.ant-form-item-explain-error')).toBeVisible()
  await li.page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消|Cancel/ })
    .click()
  expect((await zhang.get(`/instances/${transferred.id}`)).status, 'nothing was rejected').toBe('running')

  await li.page
    .locator('.action-bar')
    .getByRole('button', { name: /转\s*交/ })
    .click()
  const picker = li.page.getByRole('dialog').locator('.user-picker')
  await picker.click()
  await li.page.keyboard.type('wangwu')
  // Pick with the keyboard once the list shows only the match: a click can land on the dropdown while
  // it is still sliding in on a phone-width dialog, and then selects nothing.
  const options = li.page.locator('.ant-select-dropdown:visible .ant-select-item-option')
  await expect(options).toHaveCount(1)
  await expect(options).toContainText('王五')
  await li.page.keyboard.press('Enter')
  await expect(picker).toContainText('王五')
  await snapshot(li.page, 'actions-03-transfer-375', false)
  await confirmDialog(li.page)
  await li.page.waitForURL(/\/instances\//)

  expect(await todoTaskOf(li, transferred.id), 'lisi no longer holds it').toBeUndefined()
  const wang = await personOf(browser, 'wangwu')
  expect(await todoTaskOf(wang, transferred.id), 'wangwu holds it').toBeDefined()
  await zhang.page.goto(`/instances/${transferred.id}`)
  await expect(zhang.page.locator('.timeline')).toContainText('王五')
  await Promise.all([zhang.close(), li.close(), wang.close()])
})

test('lisi approves two reimbursements at once from the todo list', async ({ browser }) => {
  const zhang = await personOf(browser, 'zhangsan')
  const first = await startReimbursement(zhang, '303.00')
  const second = await startReimbursement(zhang, '404.00')
  const li = await personOf(browser, 'lisi')
  await li.page.goto('/inbox/todo')
  for (const instance of [first, second]) {
    const box = li.page.locator('.inbox-item').getByRole('checkbox', { name: instance.serialNumber })
    await box.check()
    await expect(box).toBeChecked()
  }
  await snapshot(li.page, 'actions-04-batch-selected')
  await li.page.getByRole('button', { name: /批量同意/ }).click()
  await expect(li.page.getByText(/已同意 2 项/)).toBeVisible()
  for (const instance of [first, second]) {
    expect(await todoTaskOf(li, instance.id), `${instance.serialNumber} left the todo list`).toBeUndefined()
    const after = await zhang.get(`/instances/${instance.id}`)
    expect(after.timeline.some((entry) => entry.type === 'approve')).toBe(true)
  }
  await Promise.all([zhang.close(), li.close()])
})

test('zhangsan withdraws a reimbursement while it waits', async ({ browser }) => {
  const zhang = await personOf(browser, 'zhangsan')
  const withdrawn = await startReimbursement(zhang, '505.00')
  await zhang.page.goto(`/instances/${withdrawn.id}`)
  await zhang.page
    .locator('.action-bar')
    .getByRole('button', { name: /撤\s*回/ })
    .click()
  await zhang.page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click()
  await expect(zhang.page.locator('.page-head .ant-tag', { hasText: '已撤回' })).toBeVisible()
  await expect(zhang.page.locator('.action-bar').getByRole('button', { name: /撤\s*回/ })).toHaveCount(0)
  await snapshot(zhang.page, 'actions-05-withdrawn')
  expect((await zhang.get(`/instances/${withdrawn.id}`)).status).toBe('withdrawn')
  const li = await personOf(browser, 'lisi')
  expect(await todoTaskOf(li, withdrawn.id), 'lisi’s task went away').toBeUndefined()
  await Promise.all([zhang.close(), li.close()])
})
