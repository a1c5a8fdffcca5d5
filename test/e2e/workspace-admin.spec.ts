import { expect, test } from '@playwright/test'
import { pickOption, seedLeaveRequests } from './support/admin.ts'
import { snapshot } from './support/session.ts'
import { type Person, personOf } from './support/workspace.ts'

type App = { id: string; key: string; canStart: boolean; canEdit: boolean }

test('the dashboard shows cycle times, throughput and open work on a desk and on a phone', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const zhang = await personOf(browser, 'zhangsan')
  const approvers = await Promise.all(
    ['lisi', 'wangwu', 'sunba', 'zhoujiu'].map((login) => personOf(browser, login)),
  )
  await seedLeaveRequests(zhang, approvers, 4)

  const admin = await personOf(browser, 'admin')
  await admin.page.goto('/admin/dashboard')
  const apps = admin.page.locator('.dashboard-apps')
  await expect(apps.getByRole('row', { name: /请假/ })).toBeVisible()
  await expect(admin.page.locator('.dashboard-throughput .bar').first()).toBeVisible()
  await expect(admin.page.locator('.dashboard-open .bar-row').first()).toBeVisible()
  await snapshot(admin.page, 'admin-01-dashboard')

  const phone = await personOf(browser, 'admin', { width: 375, height: 812 })
  await phone.page.goto('/admin/dashboard')
  await expect(phone.page.locator('.dashboard-apps').getByText('请假').first()).toBeVisible()
  const overflow = await phone.page.evaluate<number>(
    'document.documentElement.scrollWidth - window.innerWidth',
  )
  expect(overflow, 'nothing wider than the phone').toBeLessThanOrEqual(0)
  await snapshot(phone.page, 'admin-02-dashboard-phone')
  for (const person of [zhang, ...approvers, admin, phone]) await person.close()
})

/** A published copy of the leave app under a key of its own, so changing it touches no other journey. */
async function ownLeaveApp(admin: Person): Promise<{ id: string; name: string }> {
  const key = `leave-${Date.now().toString(36)}`
  const created = await admin.post('/apps', { fromTemplate: 'leave', key })
  if (created.status !== 201)
    throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`)
  const id = (created.body as unknown as { id: string }).id
  const name = `请假（${key}）`
  const draft = await admin.page.request.get(`/api/v1/apps/${id}/draft`)
  const csrf = (await admin.get<{ csrfToken: string }>('/me')).csrfToken
  const saved = await admin.page.request.put(`/api/v1/apps/${id}/draft`, {
    headers: { 'If-Match': draft.headers().etag ?? '', 'X-CSRF-Token': csrf },
    data: { ...(await draft.json()), name: { 'zh-CN': name, en: name } },
  })
  expect(saved.ok()).toBe(true)
  expect((await admin.post(`/apps/${id}/publish`, { note: 'e2e' })).status).toBe(201)
  return { id, name }
}

test('an org admin limits who may start an app to one department, and the runtime enforces it', async ({
  browser,
}) => {
  const admin = await personOf(browser, 'admin')
  const app = await ownLeaveApp(admin)
  const zhang = await personOf(browser, 'zhangsan')
  const zhao = await personOf(browser, 'zhaoliu')
  const canStart = async (person: Person) =>
    (await person.get<{ items: App[] }>('/apps')).items.find((item) => item.id === app.id)?.canStart ?? false
  expect(await canStart(zhang)).toBe(true)

  const { page } = admin
  await page.goto('/admin/starters')
  const row = page.getByRole('row', { name: new RegExp(app.name.replace(/[()（）]/g, '.')) })
  await expect(row.getByText('所有人')).toBeVisible()
  await row.getByRole('button', { name: /编\s*辑/ }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('switch', { name: '所有人都可发起' }).click()
  await pickOption(
    page,
    dialog.locator('.ant-select', { has: page.getByLabel('部门（含下级部门）') }),
    '财务部',
  )
  await snapshot(page, 'admin-03-starters-dialog', false)
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(dialog).toBeHidden()
  await expect(row.getByText('财务部')).toBeVisible()
  await expect(row.getByText('所有人')).toHaveCount(0)
  await snapshot(page, 'admin-04-starters')

  // zhangsan (brand) may no longer start it, not even through the API; zhaoliu (finance) may.
  expect(await canStart(zhang)).toBe(false)
  const leaveValues = {
    leaveType: 'annual',
    period: { start: '2026-12-07', startHalf: 'am', end: '2026-12-07', endHalf: 'pm' },
    reason: '发起权限',
    delegate: 'lisi',
  }
  expect((await zhang.post(`/apps/${app.id}/instances`, { values: leaveValues })).status).toBe(404)
  expect(await canStart(zhao)).toBe(true)
  expect(
    (await zhao.post(`/apps/${app.id}/instances`, { values: { ...leaveValues, delegate: 'qianqi' } })).status,
  ).toBe(201)
  for (const person of [admin, zhang, zhao]) await person.close()
})

test('an org admin creates a role and adds and removes a member', async ({ browser }) => {
  const admin = await personOf(browser, 'admin')
  const id = `reviewer_${Date.now().toString(36)}`
  const { page } = admin
  await page.goto('/admin/roles')
  await page.getByRole('button', { name: '新建角色' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(/角色标识/).fill(id)
  await dialog.getByLabel('名称（中文）').fill('报销复核')
  await dialog.getByLabel('名称（英文）').fill('Expense checker')
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('row', { name: new RegExp(id) })
  await expect(row).toContainText('报销复核')

  await pickOption(page, row.locator('.user-picker'), '赵六（zhaoliu）', 'zhaoliu')
  await row.getByRole('button', { name: '添加成员' }).click()
  await expect(row.locator('.ant-tag', { hasText: '赵六' })).toBeVisible()
  const members = async () =>
    (await admin.get<{ items: { id: string; members?: string[] }[] }>('/roles')).items.find(
      (role) => role.id === id,
    )?.members
  expect(await members()).toEqual(['zhaoliu'])
  await snapshot(page, 'admin-05-roles')

  await row.locator('.ant-tag', { hasText: '赵六' }).locator('.ant-tag-close-icon').click()
  await expect(row.locator('.ant-tag', { hasText: '赵六' })).toHaveCount(0)
  expect(await members()).toEqual([])
  await admin.close()
})
