import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { base32Decode, hotp, totpStep } from '../../runtime/src/auth/totp.ts'
import { password, signIn } from './support/session.ts'
import { authenticator, bothWidths } from './support/two-factor.ts'

// 吴十 signs in in no other journey: his two-factor sign-in changes no one else's, and it is off again at the end.
const login = 'wushi'

async function openAccount(page: Page) {
  await page.locator('.user-button').click()
  await page.getByRole('menuitem', { name: /账号与安全|Account & security/ }).click()
  await expect(page).toHaveURL(/\/account$/)
}

/** Turns two-factor sign-in off through the API when the journey stopped half-way. */
async function cleanUp(request: APIRequestContext, code: string | undefined) {
  const me = await request.get('/api/v1/me')
  if (!me.ok() || !code) return
  const { csrfToken } = (await me.json()) as { csrfToken: string }
  await request.post('/api/v1/auth/two-factor/disable', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { code },
  })
}

test('a member turns two-factor sign-in on from the account page, signs in with a code and turns it off', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  let spare: string | undefined
  try {
    await signIn(page, login, '/')
    await expect(page.getByText('吴十').first()).toBeVisible()
    await openAccount(page)
    await expect(page.getByRole('heading', { name: '账号与安全' })).toBeVisible()
    await expect(page.getByText('未开启', { exact: true })).toBeVisible()

    await page.getByRole('button', { name: '开启两步验证' }).click()
    const qr = page.getByRole('img', { name: '两步验证二维码' })
    await expect(qr).toBeVisible()
    // Drawn in the page from the otpauth URI: a real image, not a broken one.
    expect(
      await qr.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(0)
    const secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').replace(/\s/g, '')
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
    const nextCode = authenticator(secret)
    await bothWidths(page, 'two-factor-enrol-01-scan')

    // A wrong code says so and leaves two-factor sign-in off.
    const code = page.getByLabel('输入身份验证器显示的 6 位数字')
    await code.fill('12345')
    await page.getByRole('button', { name: '确认并开启' }).click()
    await expect(page.getByText('请输入 6 位数字')).toBeVisible()
    await code.fill(hotp(base32Decode(secret), totpStep(new Date()) - 5))
    await page.getByRole('button', { name: '确认并开启' }).click()
    await expect(page.getByText(/验证码错误、已用过或已过期/)).toBeVisible()

    await code.fill(nextCode())
    await page.getByRole('button', { name: '确认并开启' }).click()
    const codes = page.getByRole('region', { name: '恢复码' }).locator('code')
    await expect(codes).toHaveCount(10)
    await expect(page.getByText(/它们只显示这一次/)).toBeVisible()
    const recovery = await codes.allTextContents()
    spare = recovery[9]
    await bothWidths(page, 'two-factor-enrol-02-recovery-codes')
    await page.getByRole('button', { name: '我已保存' }).click()
    await expect(page.getByText('已开启', { exact: true })).toBeVisible()
    await expect(page.getByText('剩余 10 个恢复码')).toBeVisible()

    // Signing in again asks for the code after the password.
    await page.locator('.user-button').click()
    await page.getByRole('menuitem', { name: '退出' }).click()
    await page.getByLabel(/账号|Login/).fill(login)
    await page.getByLabel(/密码|Password/).fill(password)
    await page.getByRole('button', { name: /登\s*录/ }).click()
    await page.getByLabel(/验证码/).fill(nextCode())
    await page.getByRole('button', { name: /登\s*录/ }).click()
    await expect(page.getByText('吴十').first()).toBeVisible()

    // New recovery codes replace the old ones; a recovery code turns two-factor sign-in off.
    await openAccount(page)
    await page.getByRole('button', { name: '重新生成恢复码' }).click()
    await page.getByLabel('身份验证器的 6 位数字或一个恢复码').fill(recovery[0] as string)
    await page.getByRole('button', { name: '重新生成恢复码' }).click()
    await expect(codes).toHaveCount(10)
    const renewed = await codes.allTextContents()
    expect(renewed.filter((one) => recovery.includes(one))).toEqual([])
    spare = renewed[9]
    await page.getByRole('button', { name: '我已保存' }).click()

    await page.getByRole('button', { name: '关闭两步验证' }).click()
    await page.getByLabel('身份验证器的 6 位数字或一个恢复码').fill(recovery[1] as string)
    await page.getByRole('button', { name: '关闭两步验证' }).click()
    await expect(page.getByText(/验证码错误、已用过或已过期/)).toBeVisible()
    await bothWidths(page, 'two-factor-enrol-03-turn-off')
    await page.getByLabel('身份验证器的 6 位数字或一个恢复码').fill(renewed[0] as string)
    await page.getByRole('button', { name: '关闭两步验证' }).click()
    await expect(page.getByText('未开启', { exact: true })).toBeVisible()
    spare = undefined
    expect(errors).toEqual([])
  } finally {
    await cleanUp(context.request, spare)
    await context.close()
  }
})
