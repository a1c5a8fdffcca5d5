import { expect, type Page, test } from '@playwright/test'
import { setLabel } from './support/designer.ts'
import { signIn, snapshot } from './support/session.ts'
import { appIdOf, personOf, png } from './support/workspace.ts'

// The page's globals as these checks use them (the e2e specs compile without the DOM library).
interface ViolationEvent {
  violatedDirective: string
  blockedURI: string
}
type PageGlobals = typeof globalThis & {
  cspViolations: string[]
  evalOutcome?: string
  document: { addEventListener(type: string, listener: (event: ViolationEvent) => void): void }
}

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const scope = globalThis as PageGlobals
    scope.cspViolations = []
    scope.document.addEventListener('securitypolicyviolation', (event) =>
      scope.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return () => page.evaluate(() => (globalThis as PageGlobals).cspViolations)
}

/** Errors the page throws, and console errors about the policy, as they come. */
function pageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|unsafe-eval/i.test(message.text()))
      errors.push(message.text())
  })
  return errors
}

/** Runs `new Function` from a timer (the page's own code, not Playwright's evaluation): the policy refuses it. */
async function expectEvalRefused(page: Page, violations: () => Promise<string[]>): Promise<void> {
  await page.evaluate(() => {
    const seen = globalThis as PageGlobals
    setTimeout(() => {
      try {
        seen.evalOutcome = String(new Function('return "ran"')())
      } catch (error) {
        seen.evalOutcome = (error as Error).name
      }
    })
  })
  await expect.poll(() => page.evaluate(() => (globalThis as PageGlobals).evalOutcome)).toBe('EvalError')
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)])
}

test('a form opens, shows a required-field error and submits under a CSP without unsafe-eval', async ({
  browser,
}) => {
  const zhang = await personOf(browser, 'zhangsan')
  const { page } = zhang
  const violations = await watchViolations(page)
  const errors = pageErrors(page)

  const appId = await appIdOf(zhang, 'reimbursement')
  const response = await page.goto(`/apps/${appId}`)
  const policy = response?.headers()['content-security-policy'] ?? ''
  expect(policy).toContain("script-src 'self';")
  expect(policy).not.toContain('unsafe-eval')
  await expect(page.locator('#sf-items-0-amount')).toBeVisible()

  // Submitting the empty form checks it in the browser: the first required field says so.
  await page.getByRole('button', { name: /提\s*交/ }).click()
  await expect(page.locator('#sf-payeeName-error')).toBeVisible()
  await expect(page.locator('#sf-payeeName-error')).toContainText('此项为必填')
  // An amount with too many decimals is refused beside its cell.
  await page.locator('#sf-items-0-amount').fill('12.345')
  await expect(page.locator('#sf-items-0-amount-error')).toContainText('最多 2 位小数')
  await snapshot(page, 'csp-01-validation-errors')

  await page.locator('#sf-items-0-expenseDate').fill('2026-11-16')
  await page.locator('#sf-items-0-expenseDate').press('Enter')
  await page.locator('#sf-items-0-category').click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="差旅费"]').click()
  await page.locator('#sf-items-0-amount').fill('88.50')
  await page
    .locator('#sf-items-0-receipt')
    .setInputFiles({ name: 'csp.png', mimeType: 'image/png', buffer: png })
  await expect(page.locator('fieldset.sf-row').first().getByText('csp.png')).toBeVisible()
  await page.locator('#sf-payeeName').fill('张三')
  await page.locator('#sf-payeeAccount').fill('6222021001123456789')
  await page.locator('#sf-payeeBank').fill('中国工商银行上海张江支行')
  await expect(page.locator('#sf-payeeName-error')).toHaveCount(0)
  await page.getByRole('button', { name: /提\s*交/ }).click()
  await page.waitForURL(/\/instances\//)
  const instanceId = page.url().split('/instances/')[1] ?? ''
  expect((await zhang.get(`/instances/${instanceId}`)).status).toBe('running')

  expect(await violations(), 'no CSP violation while the form opened, checked and submitted').toEqual([])
  expect(errors).toEqual([])

  // The policy is enforced and the watch sees it: code from a string, run by the page, is refused.
  await expectEvalRefused(page, violations)
  await zhang.close()
})

test('the designer lints an edit, previews, simulates and imports JSON under a CSP without unsafe-eval', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const violations = await watchViolations(page)
  const errors = pageErrors(page)
  await page.setViewportSize({ width: 1280, height: 860 })
  const response = page.waitForResponse((answer) => new URL(answer.url()).pathname === '/designer/')
  await signIn(page, 'admin')
  const policy = (await response).headers()['content-security-policy'] ?? ''
  expect(policy).toContain("script-src 'self';")
  expect(policy).not.toContain('unsafe-eval')

  await page.getByText('采购').first().click()
  const firstField = page.locator('.form-sheet .field-card').first()
  await expect(firstField).toBeVisible()
  const appId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '')

  // An edit is checked at once (app definition schema and lint, in the browser): an empty label is an
  // error that blocks publishing, and putting it back clears it.
  const fieldId = (await firstField.getAttribute('data-field-id')) ?? ''
  await firstField.click()
  const publish = page.getByRole('button', { name: /^发\s*布$/ })
  await expect(publish).toBeEnabled()
  const zhLabel = page.locator(`.property-panel[data-field-id="${fieldId}"] .prop-label input`).first()
  const label = await zhLabel.inputValue()
  await zhLabel.fill('')
  await expect(publish).toBeDisabled()
  await setLabel(page, fieldId, `${label}（已改）`, 'Edited')
  await expect(publish).toBeEnabled()

  // The preview renders the form and checks it.
  await page.getByRole('button', { name: /^预\s*览$/ }).click()
  const frame = page.getByTestId('preview-frame')
  await expect(frame.locator('input').first()).toBeEditable()
  await page.getByRole('button', { name: /^校\s*验$/ }).click()
  await expect(page.locator('.preview-bar .ant-tag-error')).toContainText('处需要修改')
  await page.keyboard.press('Escape')

  // Simulation fills sample values and runs the engine, which checks them at every step.
  await page.getByRole('tab', { name: /流程设计/ }).click()
  await expect(page.locator('.flow-card').first()).toBeVisible()
  await page.getByRole('button', { name: /模拟运行/ }).click()
  const drawer = page.locator('.simulate-drawer')
  await expect(drawer.locator('.simulate-step').first()).toBeVisible({ timeout: 20_000 })
  expect(await drawer.locator('.simulate-step').count()).toBeGreaterThan(1)
  await snapshot(page, 'csp-02-designer-simulated', false)
  await page.keyboard.press('Escape')

  // Importing JSON checks the definition: a valid one replaces the app, an invalid one is refused.
  const draft = await (await page.context().request.get(`/api/v1/apps/${appId}/draft`)).json()
  const fileInput = page.locator('input[type="file"][accept="application/json,.json"]')
  const imported = { ...draft, name: { ...draft.name, 'zh-CN': '采购（导入）' } }
  await fileInput.setInputFiles({
    name: 'app.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(imported)),
  })
  await expect(page.locator('.designer-bar .app-name')).toHaveText('采购（导入）')
  const { name: _, ...nameless } = draft
  await fileInput.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(nameless)),
  })
  await expect(page.getByText(/导入失败/).first()).toBeVisible()

  expect(
    await violations(),
    'no CSP violation while the designer linted, previewed, simulated, imported',
  ).toEqual([])
  expect(errors).toEqual([])
  await expectEvalRefused(page, violations)
})
