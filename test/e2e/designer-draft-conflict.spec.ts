import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { fieldIdsIn, rootList } from './support/designer.ts'
import { password, signIn, snapshot } from './support/session.ts'

async function openApp(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 })
  await signIn(page, 'admin')
  await page.getByText(name).first().click()
  await expect(page.locator('.form-sheet .field-card').first()).toBeVisible()
}

/** Saves the app's draft the way a second editor in another browser would: read it, change it, write it back. */
async function editElsewhere(request: APIRequestContext, appId: string): Promise<void> {
  const other = await request.post('/api/v1/auth/login', { data: { login: 'admin', password } })
  const { csrfToken } = await other.json()
  const draft = await request.get(`/api/v1/apps/${appId}/draft`)
  const definition = await draft.json()
  definition.name = { ...definition.name, en: 'Leave (edited elsewhere)' }
  const saved = await request.put(`/api/v1/apps/${appId}/draft`, {
    headers: { 'X-CSRF-Token': csrfToken, 'If-Match': draft.headers().etag ?? '' },
    data: definition,
  })
  expect(saved.status(), 'the other editor saved').toBe(200)
}

test('an owner moves a field with the keyboard, meets another editor’s save, loads theirs and restores its own', async ({
  page,
  request,
}) => {
  await openApp(page, '请假')
  const before = await fieldIdsIn(rootList(page))

  // Keyboard: pick the first field up with Space, move it down twice, drop it.
  await page.locator('.form-sheet .field-card').first().focus()
  for (const key of ['Space', 'ArrowDown', 'ArrowDown', 'Space']) {
    await page.keyboard.press(key)
    // dnd-kit measures and moves on the next frames; a person never types faster than that.
    await page.waitForTimeout(250)
  }
  const moved = [before[1], before[2], before[0], ...before.slice(3)]
  await expect.poll(() => fieldIdsIn(rootList(page))).toEqual(moved)
  await page.getByRole('button', { name: /保存草稿/ }).click()
  await expect(page.getByText(/^已保存$/).first()).toBeVisible()

  // Someone else saves meanwhile; our next save is refused and offers to keep our edits.
  const appId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '')
  await editElsewhere(request, appId)
  await page.locator('.form-sheet .field-card[data-field-id="reason"]').click()
  await page.getByRole('button', { name: /复\s*制/ }).click()
  const withCopy = await fieldIdsIn(rootList(page))
  expect(withCopy).toHaveLength(before.length + 1)
  await page.getByRole('button', { name: /保存草稿/ }).click()
  await expect(page.getByText(/草稿已被他人修改/)).toBeVisible()
  await snapshot(page, 'designer-conflict-1280', false)

  await page.getByRole('button', { name: /载入最新版本/ }).click()
  await expect(page.getByText(/已保留你的修改副本/)).toBeVisible()
  await expect.poll(() => fieldIdsIn(rootList(page))).toEqual(moved)
  await page.getByRole('button', { name: /恢复我的修改/ }).click()
  await expect.poll(() => fieldIdsIn(rootList(page))).toEqual(withCopy)
  await page.getByRole('button', { name: /保存草稿/ }).click()
  await expect(page.getByText(/^已保存$/).first()).toBeVisible()

  // Restoring is the owner's explicit choice: the saved draft is theirs as they left it, copy and all.
  const draft = await (await page.context().request.get(`/api/v1/apps/${appId}/draft`)).json()
  expect(draft.name.en).toBe('Leave')
  expect(draft.form.fields.map((field: { id: string }) => field.id)).toEqual(withCopy)
})

test('a formula that names a text field is refused in the editor with the reason', async ({ page }) => {
  await openApp(page, '采购')
  await page.locator('.form-sheet .field-card[data-field-id="total"]').click()
  const formula = page.locator('.prop-expression')
  await formula.scrollIntoViewIfNeeded()
  const input = formula.getByLabel('公式')
  const original = await input.inputValue()
  await input.fill('form.supplier')
  await expect(formula.getByRole('alert')).toBeVisible()
  await expect(page.getByRole('button', { name: /^发\s*布$/ })).toBeDisabled()
  await snapshot(page, 'designer-formula-error-1280', false)
  await input.fill(original)
  await expect(formula.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^发\s*布$/ })).toBeEnabled()
})
