import { expect, test } from '@playwright/test'
import { snapshot } from './support/session.ts'
import {
  confirmDialog,
  openTask,
  personOf,
  png,
  startReimbursement,
  todoTaskOf,
} from './support/workspace.ts'

interface Member {
  login: string
  active: boolean
}

const header = 'login,name,email,phone,department,roles,head'

test('a second page on the same task is told someone else acted first, and the instance is approved once', async ({
  browser,
}) => {
  const zhang = await personOf(browser, 'zhangsan')
  const li = await personOf(browser, 'lisi', { width: 375, height: 812 })
  const raced = await startReimbursement(zhang, '300.00')
  const task = await todoTaskOf(li, raced.id)
  if (!task) throw new Error('lisi holds no task on it')
  const other = await li.page.context().newPage()
  await openTask(li.page, task.id)
  await openTask(other, task.id)

  await other
    .locator('.action-bar')
    .getByRole('button', { name: /同\s*意/ })
    .click()
  await confirmDialog(other)
  await other.waitForURL(/\/instances\//)
  await li.page
    .locator('.action-bar')
    .getByRole('button', { name: /同\s*意/ })
    .click()
  await confirmDialog(li.page)
  await expect(li.page.getByText(/其他人已先处理/)).toBeVisible()
  await snapshot(li.page, 'console-01-conflict-375', false)

  const instance = await zhang.get(`/instances/${raced.id}`)
  const approvals = instance.timeline.filter((entry) => entry.type === 'approve')
  expect(approvals, 'one approval recorded, not two').toHaveLength(1)
  await zhang.close()
  await li.close()
})

test('zhangsan comments with a file; the file is in the timeline and downloads as an attachment', async ({
  browser,
}) => {
  const zhang = await personOf(browser, 'zhangsan')
  const started = await startReimbursement(zhang, '400.00')
  await zhang.page.goto(`/instances/${started.id}`)
  await zhang.page
    .locator('#comment-file')
    .setInputFiles({ name: '补充说明.png', mimeType: 'image/png', buffer: png })
  await expect(zhang.page.locator('.comment-files .ant-tag', { hasText: '补充说明.png' })).toBeVisible()
  await zhang.page.getByLabel(/写下评论/).fill('已补充票据')
  await zhang.page.getByRole('button', { name: /发\s*送/ }).click()
  const timeline = zhang.page.locator('.timeline')
  await expect(timeline).toContainText('已补充票据')
  const link = timeline.locator('a.timeline-file', { hasText: '补充说明.png' })
  await expect(link).toBeVisible()
  const download = await zhang.page.request.get((await link.getAttribute('href')) ?? '')
  expect(download.status()).toBe(200)
  expect(download.headers()['content-disposition']).toMatch(/^attachment/)
  expect(download.headers()['x-content-type-options']).toBe('nosniff')
  await snapshot(zhang.page, 'console-02-comment')

  // The same page in English.
  await zhang.page.goto('/inbox/started')
  await zhang.page.getByText('EN', { exact: true }).click()
  await expect(zhang.page.getByText('Started').first()).toBeVisible()
  await expect(zhang.page.getByText('我发起')).toHaveCount(0)
  await snapshot(zhang.page, 'console-03-started-en')
  await zhang.close()
})

test('an org admin imports a member, sees a bad file refused row by row with nothing imported, and deactivates the member', async ({
  browser,
}) => {
  const admin = await personOf(browser, 'admin')
  const members = async () => (await admin.get<{ items: Member[] }>('/users')).items
  const importCsv = async (csv: string) => {
    await admin.page.goto('/admin/import')
    await admin.page.getByLabel('CSV').fill(csv)
    await admin.page.getByRole('button', { name: /导\s*入/ }).click()
  }

  await importCsv(`${header}\nxiaoxin,小新,xiaoxin@example.com,,品牌组,,\n`)
  await expect(admin.page.getByText('导入成功: 1')).toBeVisible()
  expect((await members()).find((member) => member.login === 'xiaoxin')?.active).toBe(true)

  // One good row among bad ones: every bad row is listed and the good one is not imported either.
  await importCsv(`${header}\nxiaoyu,小雨,,,品牌组,,\nzhangsan,重复,,,,,\nbad,,,,,nosuchrole,\n`)
  await expect(admin.page.getByText('以下行有错误，未导入任何数据')).toBeVisible()
  const rows = admin.page.locator('.import-section .ant-table-row')
  await expect(rows).toHaveCount(2)
  // One message per cell, in the reader's language, saying what the cell must hold.
  await expect(rows.nth(0)).toContainText('账号 zhangsan 已存在')
  await expect(rows.nth(0)).toContainText('部门不能为空')
  await expect(rows.nth(1)).toContainText('姓名不能为空')
  await expect(rows.nth(1)).toContainText('角色 nosuchrole 不存在')
  await expect(rows.nth(1).getByText('部门不能为空')).toHaveCount(1)
  expect((await members()).some((member) => member.login === 'xiaoyu')).toBe(false)
  await snapshot(admin.page, 'console-04-import-refused')

  await admin.page.goto('/admin/members')
  const row = admin.page.locator('.ant-table-row', { hasText: 'xiaoxin' })
  await row.getByRole('button', { name: /停\s*用/ }).click()
  await admin.page
    .getByRole('dialog')
    .getByRole('button', { name: /停\s*用/ })
    .click()
  await expect(row.getByText('已停用')).toBeVisible()
  expect((await members()).find((member) => member.login === 'xiaoxin')?.active).toBe(false)
  await snapshot(admin.page, 'console-05-member-deactivated')

  // The instances the admin can find export as CSV, someone else's included.
  const zhang = await personOf(browser, 'zhangsan')
  const started = await startReimbursement(zhang, '50.00')
  const csv = await admin.page.request.get('/api/v1/instances/export?scope=all')
  expect(csv.status()).toBe(200)
  expect(await csv.text()).toContain(started.serialNumber)
  await zhang.close()
  await admin.close()
})
