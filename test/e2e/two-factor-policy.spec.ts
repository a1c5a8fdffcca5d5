import { type APIRequestContext, expect, test } from '@playwright/test'
import { pickOption } from './support/admin.ts'
import { signIn } from './support/session.ts'
import { apiSession, authenticator, bothWidths, enrolByApi } from './support/two-factor.ts'

// 杨六 signs in in no other journey; he is an org admin only for this one, and the rule is off again at the end.
const login = 'yangliu'

/**
 * Leaves the organization as it was: the rule off, 杨六 without two-factor sign-in. Done in his own
 * session, opened before he enrolled: while the rule is on, an admin without it may only enrol.
 */
async function restore(request: APIRequestContext, headers: Record<string, string>) {
  const status = await (await request.get('/api/v1/auth/two-factor', { headers })).json()
  if (!status.enabled) await enrolByApi(request, headers)
  await request.put('/api/v1/org/two-factor-policy', { headers, data: { requireForAdmins: false } })
  await request.delete(`/api/v1/users/${login}/two-factor`, { headers })
}

test('an admin requires two-factor sign-in of admins; one without it is sent to enrol instead of broken pages', async ({
  browser,
  playwright,
}) => {
  const admin = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const adminHeaders = await apiSession(admin, 'admin')
  const added = await admin.post('/api/v1/roles/orgAdmin/members', {
    headers: adminHeaders,
    data: { userId: login },
  })
  expect(added.ok()).toBe(true)
  const own = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const ownHeaders = await apiSession(own, login)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  try {
    const { code } = await enrolByApi(own, ownHeaders)
    await signIn(page, login, '/')
    await page.getByLabel(/验证码/).fill(code())
    await page.getByRole('button', { name: /登\s*录/ }).click()
    await expect(page.getByText('杨六').first()).toBeVisible()

    await page.goto('/admin/twoFactor')
    const rule = page.getByRole('switch', { name: '要求管理员开启两步验证' })
    await expect(rule).not.toBeChecked()
    await rule.click()
    await expect(rule).toBeChecked()
    const policy = await (await own.get('/api/v1/org/two-factor-policy', { headers: ownHeaders })).json()
    expect(policy).toEqual({ requireForAdmins: true })
    await bothWidths(page, 'two-factor-policy-01-admin-section')

    // He resets his own two-factor sign-in (as for a member who lost their phone): he is now an admin without it.
    await pickOption(page, page.locator('.two-factor-member .user-picker'), '杨六（yangliu）', 'yangliu')
    await page.getByRole('button', { name: '重置两步验证' }).click()
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click()
    await expect(page.getByText('已重置两步验证')).toBeVisible()

    // Every other page is refused him: the workspace takes him to enrol, with the reason.
    await page.goto('/inbox/todo')
    await expect(page).toHaveURL(/\/account$/)
    await expect(page.getByText(/你的组织要求管理员开启两步验证/)).toBeVisible()
    await expect(page.getByRole('button', { name: '开启两步验证' })).toBeVisible()
    await page.getByRole('button', { name: /审批/ }).first().click()
    await expect(page).toHaveURL(/\/account$/)
    await bothWidths(page, 'two-factor-policy-02-enrol-required')
    // The designer says the same and links to the workspace's account page.
    await page.goto('/designer/')
    await expect(page.getByText(/开启后才能继续使用设计器/)).toBeVisible()
    await page.getByRole('link', { name: '去开启两步验证' }).click()
    await expect(page).toHaveURL(/\/account$/)

    // Once enrolled, the pages work again.
    await page.getByRole('button', { name: '开启两步验证' }).click()
    const secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').replace(/\s/g, '')
    await page.getByLabel('输入身份验证器显示的 6 位数字').fill(authenticator(secret)())
    await page.getByRole('button', { name: '确认并开启' }).click()
    await page.getByRole('button', { name: '我已保存' }).click()
    await page.getByRole('button', { name: /审批/ }).first().click()
    await expect(page).toHaveURL(/\/inbox\/todo$/)
    await expect(page.getByRole('tab', { name: /待办/ })).toBeVisible()
    expect(errors).toEqual([])
  } finally {
    await restore(own, ownHeaders)
    await admin.delete(`/api/v1/roles/orgAdmin/members/${login}`, { headers: adminHeaders })
    await context.close()
    await own.dispose()
    await admin.dispose()
  }
})
