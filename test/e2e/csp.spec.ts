import { expect, type Page, test } from '@playwright/test'
import { snapshot } from './support/session.ts'
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

test('a form opens, shows a required-field error and submits under a CSP without unsafe-eval', async ({
  browser,
}) => {
  const zhang = await personOf(browser, 'zhangsan')
  const { page } = zhang
  const violations = await watchViolations(page)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|unsafe-eval/i.test(message.text()))
      errors.push(message.text())
  })

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

  // The policy is enforced and the watch sees it: code from a string, run by the page (a timer, not
  // Playwright's evaluation, which the browser lets through), is refused and reported.
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
  await zhang.close()
})
