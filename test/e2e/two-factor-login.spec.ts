import { expect, type Page, test } from '@playwright/test'
import { base32Decode, totp } from '../../runtime/src/auth/totp.ts'
import { password, snapshot } from './support/session.ts'

// 冯二 is in no other journey: turning two-factor sign-in on for him changes no one else's sign-in,
// and it is turned off again at the end.
const login = 'fenger'

async function fillPassword(page: Page, path: string) {
  await page.goto(path)
  await page.getByLabel(/账号|Login/).fill(login)
  await page.getByLabel(/密码|Password/).fill(password)
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
}

test('sign-in asks for the authenticator code after the password, in the workspace and the designer', async ({
  browser,
}) => {
  const setup = await browser.newContext()
  const me = await (await setup.request.post('/api/v1/auth/login', { data: { login, password } })).json()
  const headers = { 'X-CSRF-Token': me.csrfToken as string }
  const { secret } = await (await setup.request.post('/api/v1/auth/two-factor/enrol', { headers })).json()
  const confirmed = await setup.request.post('/api/v1/auth/two-factor/confirm', {
    headers,
    data: { code: totp(base32Decode(secret), new Date()) },
  })
  expect(confirmed.status()).toBe(200)
  const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] }
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))

    await fillPassword(page, '/')
    const code = page.getByLabel(/验证码|Code from your authenticator/)
    await expect(code).toBeVisible()
    expect(await context.cookies()).toEqual([])
    await snapshot(page, 'two-factor-01-code-step')

    // A wrong code keeps the person on the form with a message; a recovery code signs in.
    await code.fill('000000')
    await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
    await expect(page.getByText('验证码错误、已用过或已过期')).toBeVisible()
    await code.fill(recoveryCodes[0] as string)
    await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
    await expect(page.getByText('冯二').first()).toBeVisible()
    await snapshot(page, 'two-factor-02-signed-in')

    const designer = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
    await fillPassword(designer, '/designer/')
    await designer.getByLabel(/验证码|Code from your authenticator/).fill(recoveryCodes[1] as string)
    await designer.getByRole('button', { name: /登\s*录|Sign in/ }).click()
    await expect(designer.getByText('冯二').first()).toBeVisible()
    expect(errors).toEqual([])
  } finally {
    await setup.request.post('/api/v1/auth/two-factor/disable', {
      headers,
      data: { code: recoveryCodes[2] },
    })
    await setup.close()
  }
})
