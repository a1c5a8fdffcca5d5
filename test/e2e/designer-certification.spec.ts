import { expect, test } from '@playwright/test'
import { password, snapshot } from './support/session.ts'

test('the platform admin opens the enterprise certification app in the designer like any other app', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.goto('/designer/')
  await page.getByLabel(/账号|Login/).fill('operator')
  await page.getByLabel(/密码|Password/).fill(password)
  await page.getByLabel(/组织/).fill('platform')
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()

  await page.getByText('企业认证').first().click()
  await expect(page.locator('.form-sheet .field-card').first()).toBeVisible()
  await expect(page.locator('.form-sheet')).toContainText('统一社会信用代码')
  await page.getByRole('tab', { name: '流程设计' }).click()
  // The automatic steps are ordinary automation nodes the owner can open and change.
  for (const step of ['自动预检', '初审', '小额打款', '核对打款金额', '复审', '授予认证'])
    await expect(page.locator('.react-flow')).toContainText(step)
  await snapshot(page, 'designer-certification-flow', false)
  expect(errors).toEqual([])
})
