import { expect, test } from '@playwright/test'
import { drag, signIn, snapshot } from './support/session.ts'

const topLevelFieldIds = (page: import('@playwright/test').Page) =>
  page
    .locator('.form-sheet > .field-list > .field-card')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-field-id') ?? ''))

test('an owner drags a field onto the leave form, sees it selected, and undoes it', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 1280, height: 800 })
  await signIn(page, 'admin')
  await page.getByText('请假').first().click()
  await expect(page.locator('.form-sheet .field-card').first()).toBeVisible()
  const before = await topLevelFieldIds(page)
  expect(before.length).toBeGreaterThan(3)

  await drag(
    page,
    page.locator('.palette-item[data-field-type="money"]'),
    page.locator('.form-sheet .field-card').nth(1),
  )
  await expect.poll(async () => (await topLevelFieldIds(page)).length).toBe(before.length + 1)
  const after = await topLevelFieldIds(page)
  const added = after.find((id) => !before.includes(id))
  expect(added, 'the dropped field').toBeDefined()
  // The new field is selected and its property panel is open.
  await expect(page.locator(`.property-panel[data-field-id="${added}"]`)).toBeVisible()
  await snapshot(page, 'designer-form-1280')

  await page.keyboard.press('Control+z')
  await expect.poll(() => topLevelFieldIds(page)).toEqual(before)
  expect(errors).toEqual([])
})

test('the form designer works on a 375-px phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await signIn(page, 'admin')
  await page.getByText('报销').first().click()
  await expect(page.locator('.form-sheet .field-card').first()).toBeVisible()
  await snapshot(page, 'designer-form-375')
})
