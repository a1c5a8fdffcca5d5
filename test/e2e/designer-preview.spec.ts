import { expect, test } from '@playwright/test'
import { signIn, snapshot } from './support/session.ts'
import { png } from './support/workspace.ts'

test('an owner previews the reimbursement form at desktop and phone width and checks it', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 1280, height: 860 })
  await signIn(page, 'admin')
  await page.getByText('报销').first().click()
  await expect(page.locator('.form-sheet .field-card').first()).toBeVisible()

  await page.getByRole('button', { name: /^预\s*览$/ }).click()
  const frame = page.getByTestId('preview-frame')
  await expect(frame).toBeVisible()
  // The shared renderer draws the real inputs, not the designer's placeholders.
  await expect(frame.locator('input').first()).toBeEditable()
  const desktop = await frame.boundingBox()
  expect(desktop?.width ?? 0).toBeGreaterThan(600)

  await page.getByRole('button', { name: /^校\s*验$/ }).click()
  await expect(page.locator('.preview-bar .ant-tag-error')).toContainText('处需要修改')
  // Every required field left empty says so beside itself.
  await expect(frame.locator('.ant-form-item-explain-error, [role="alert"]').first()).toBeVisible()
  await snapshot(page, 'designer-preview-desktop', false)

  // A receipt chosen in the preview stays in the browser and is listed like an uploaded one.
  await frame
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: png })
  await expect(frame).toContainText('receipt.png')

  await page.locator('.preview-drawer').getByText('手机', { exact: true }).click()
  // The screen inside the bezel is a phone's 375 CSS pixels.
  await expect.poll(() => frame.evaluate((element) => element.clientWidth)).toBe(375)
  await snapshot(page, 'designer-preview-phone', false)

  await page.locator('.preview-drawer').getByText('打印视图', { exact: true }).click()
  await expect(frame.locator('input')).toHaveCount(0)
  expect(errors).toEqual([])
})
