import { expect, type Page, test } from '@playwright/test'
import { snapshot } from './support/session.ts'
import {
  confirmDialog,
  openTask,
  type Person,
  personOf,
  png,
  startReimbursement,
  todoTaskOf,
} from './support/workspace.ts'

/** Picks an option of the antd select with this DOM id. */
async function choose(page: Page, id: string, option: string) {
  await page.locator(`#${id}`).click()
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click()
}

async function fillRow(
  page: Page,
  row: number,
  date: string,
  category: string,
  amount: string,
  file: string,
) {
  const id = (column: string) => `sf-items-${row}-${column}`
  await page.locator(`#${id('expenseDate')}`).fill(date)
  await page.locator(`#${id('expenseDate')}`).press('Enter')
  await choose(page, id('category'), category)
  await page.locator(`#${id('amount')}`).fill(amount)
  await page.locator(`#${id('receipt')}`).setInputFiles({ name: file, mimeType: 'image/png', buffer: png })
  // The upload finished once the file is listed under the field (no progress bar left).
  await expect(page.locator(`fieldset.sf-row >> nth=${row}`).getByText(file)).toBeVisible()
}

/** Approves the task `person` holds on the instance through the task page, with a comment. */
async function approveInTaskPage(person: Person, instanceId: string, comment: string) {
  const task = await todoTaskOf(person, instanceId)
  if (!task) throw new Error('the approver holds no task on it')
  await openTask(person.page, task.id)
  await person.page
    .locator('.action-bar')
    .getByRole('button', { name: /同\s*意/ })
    .click()
  await person.page.getByLabel(/审批意见|Comment/).fill(comment)
  await confirmDialog(person.page)
  await person.page.waitForURL(/\/instances\//)
}

test('a 12,000 reimbursement with two receipts goes 李四 → 赵六 → 孙八 and ends approved', async ({
  browser,
}) => {
  const errors: string[] = []
  const zhang = await personOf(browser, 'zhangsan')
  zhang.page.on('pageerror', (error) => errors.push(error.message))

  // The start page lists the app; its form opens with the defaults filled.
  await zhang.page.goto('/')
  await zhang.page.locator('.app-card', { hasText: '报销' }).first().click()
  await zhang.page.waitForURL(/\/apps\//)
  await expect(zhang.page.locator('#sf-items-0-amount')).toBeVisible()
  const rows = zhang.page.locator('fieldset.sf-row')
  if ((await rows.count()) < 2) await zhang.page.getByRole('button', { name: /添加一行/ }).click()
  await expect(rows).toHaveCount(2)
  await fillRow(zhang.page, 0, '2026-11-16', '差旅费', '7000', '发票-1.png')
  await fillRow(zhang.page, 1, '2026-11-17', '住宿费', '5000', '发票-2.png')
  await zhang.page.locator('#sf-items-0-itemNote').fill('北京发布会差旅')
  await zhang.page.locator('#sf-payeeName').fill('张三')
  await zhang.page.locator('#sf-payeeAccount').fill('6222021001123456789')
  await zhang.page.locator('#sf-payeeBank').fill('中国工商银行上海张江支行')

  // The total, its Chinese uppercase, and the predicted path for over 10,000.
  await expect(zhang.page.locator('.sf-totals')).toContainText('12,000.00')
  await expect(zhang.page.getByText('壹万贰仟元整').first()).toBeVisible()
  const path = zhang.page.locator('.path-steps')
  await expect(path).toContainText('李四')
  await expect(path).toContainText('赵六')
  await expect(path).toContainText('孙八')
  const pathText = (await path.textContent()) ?? ''
  expect(pathText.indexOf('李四')).toBeLessThan(pathText.indexOf('赵六'))
  expect(pathText.indexOf('赵六')).toBeLessThan(pathText.indexOf('孙八'))
  await snapshot(zhang.page, 'reimbursement-01-filled')

  await zhang.page.getByRole('button', { name: /提\s*交/ }).click()
  await zhang.page.waitForURL(/\/instances\//)
  const instanceId = zhang.page.url().split('/instances/')[1] ?? ''
  await expect(zhang.page.locator('.page-head .ant-tag')).toContainText('审批中')
  const submitted = await zhang.get(`/instances/${instanceId}`)
  expect(submitted.values.items).toHaveLength(2)
  expect(submitted.values.items?.map((item) => item.receipt.length)).toEqual([1, 1])
  expect(Number(submitted.values.total)).toBe(12000)
  expect(submitted.serialNumber).toMatch(/^BX-/)

  // lisi on a phone: the todo inbox, the task, approve with a comment.
  const li = await personOf(browser, 'lisi', { width: 375, height: 812 })
  await li.page.goto('/inbox/todo')
  const item = li.page.locator('.inbox-item', { hasText: submitted.serialNumber }).first()
  await expect(item).toBeVisible()
  await snapshot(li.page, 'reimbursement-02-lisi-todo-375')
  await item.click()
  await li.page.waitForURL(/\/tasks\//)
  await expect(li.page.locator('.timeline')).toBeVisible()
  await expect(li.page.getByText('发票-1.png').first()).toBeVisible()
  const width = await li.page.locator('html').evaluate((html) => html.scrollWidth)
  expect(width, 'nothing overflows the 375-px screen').toBeLessThanOrEqual(375)
  await snapshot(li.page, 'reimbursement-03-lisi-task-375')
  await li.page
    .locator('.action-bar')
    .getByRole('button', { name: /同\s*意/ })
    .click()
  await li.page.getByLabel(/审批意见|Comment/).fill('情况属实，同意')
  await confirmDialog(li.page)
  await li.page.waitForURL(/\/instances\//)
  await li.close()

  for (const login of ['zhaoliu', 'sunba']) {
    const approver = await personOf(browser, login)
    await approveInTaskPage(approver, instanceId, `${login} 同意`)
    await approver.close()
  }

  // zhangsan sees it approved, with every step in the timeline.
  await zhang.page.goto(`/instances/${instanceId}`)
  await expect(zhang.page.locator('.page-head .ant-tag')).toContainText('已通过')
  const timeline = zhang.page.locator('.timeline')
  for (const text of [
    '张三 提交了申请',
    '李四 同意',
    '赵六 同意',
    '孙八 同意',
    '审批通过',
    '情况属实，同意',
    'sunba 同意',
  ])
    await expect(timeline).toContainText(text)
  await expect(timeline.locator('.timeline-row')).toHaveCount(4)
  await snapshot(zhang.page, 'reimbursement-04-approved-timeline')
  const approved = await zhang.get(`/instances/${instanceId}`)
  expect(approved.status).toBe('approved')
  // The approvers' words are kept with their steps.
  const comments = approved.timeline.map((entry) => entry.comment).filter(Boolean)
  expect(comments).toEqual(['情况属实，同意', 'zhaoliu 同意', 'sunba 同意'])
  expect(errors).toEqual([])
  await zhang.close()
})

// Inboxes tell claims apart by their titles, made from the form's title template.
test('an instance is titled from its form’s title template', async ({ browser }) => {
  const zhang = await personOf(browser, 'zhangsan')
  const started = await startReimbursement(zhang, '66.00')
  const instance = await zhang.get(`/instances/${started.id}`)
  expect(instance.title).toMatch(/^张三的报销申请（66(\.00)? 元）$/)
  await zhang.close()
})
