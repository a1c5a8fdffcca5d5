// Looks at the condition builder and the formula editor in the field property panel: signs in, opens
// the procurement app, builds a visibility rule by clicking, opens a formula field, types bad CEL, and
// saves screenshots at desktop and phone widths. BASE_URL points at a runtime serving the built designer.
import { mkdir } from 'node:fs/promises'
import { chromium } from 'playwright-core'

const base = process.env.BASE_URL ?? 'http://localhost:8787'
const out = process.env.SCREENSHOT_DIR ?? new URL('../screenshots/', import.meta.url).pathname
const appName = process.env.SIGNOFF_APP ?? '采购'

await mkdir(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

async function open(width, height) {
  const page = await browser.newPage({ viewport: { width, height } })
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  await page.goto(`${base}/designer/`)
  await page.getByLabel(/账号|Login/).fill('admin')
  await page.getByLabel(/密码|Password/).fill('demo1234')
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
  await page.getByText(appName).first().click()
  await page.locator('.form-sheet .field-card').first().waitFor()
  return page
}

async function choose(page, select, option, search = false) {
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).first()
  // A click while the previous list is still closing can be swallowed: open again until the option shows.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await select.click()
    // The field list is virtual: a long form's later fields appear once searched for.
    if (search) await select.fill(option)
    if (
      await item.waitFor({ timeout: 1500 }).then(
        () => true,
        () => false,
      )
    )
      break
    await page.waitForTimeout(300)
  }
  await item.click()
  await page.waitForTimeout(300)
}

async function buildRule(page) {
  await page.locator('.form-sheet .field-card[data-field-id="purpose"]').click()
  const rule = page.locator('.prop-visibleWhen')
  await rule.scrollIntoViewIfNeeded()
  await rule.getByRole('button', { name: /添加条件$/ }).click()
  const first = rule.locator('.condition-row').nth(0)
  await choose(page, first.getByLabel('字段'), '采购总额', true)
  await choose(page, first.getByLabel('运算符'), '大于')
  await first.getByLabel('值').fill('5000')
  await rule
    .getByRole('button', { name: /添加条件$/ })
    .first()
    .click()
  const second = rule.locator('.condition-row').nth(1)
  await choose(page, second.getByLabel('字段'), '紧急程度', true)
  await choose(page, second.getByLabel('值'), '紧急')
  // Close the list by clicking elsewhere: Escape would also close the phone's property sheet.
  await page.locator('.property-panel .panel-title').click()
  await rule.locator('.condition-compiled').scrollIntoViewIfNeeded()
  console.log('compiled:', await rule.locator('[data-testid="compiled-cel"]').textContent())
  return rule
}

for (const [width, height] of [
  [1280, 900],
  [375, 812],
]) {
  let page = await open(width, height)
  const rule = await buildRule(page).catch(async (error) => {
    await page.screenshot({ path: `${out}/failed-${width}.png` })
    throw error
  })
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${out}/condition-${width}.png` })
  await rule.screenshot({ path: `${out}/condition-panel-${width}.png` })
  await rule.getByText('CEL', { exact: true }).click()
  await rule.getByLabel('CEL 条件').fill('form.total > "5000" && form.nope')
  await page.waitForTimeout(200)
  await rule.screenshot({ path: `${out}/condition-cel-error-${width}.png` })
  console.log('cel errors:', await rule.getByRole('alert').textContent())

  // A fresh page for the formula: on a phone the properties are a sheet over the form.
  await page.close()
  page = await open(width, height)
  await page.locator('.form-sheet .field-card[data-field-id="total"]').click()
  const formula = page.locator('.prop-expression')
  await formula.scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${out}/formula-${width}.png` })
  await formula.screenshot({ path: `${out}/formula-panel-${width}.png` })
  await formula.getByLabel('公式').fill('form.supplier')
  await page.waitForTimeout(200)
  await formula.screenshot({ path: `${out}/formula-error-${width}.png` })
  console.log('formula error:', await formula.getByRole('alert').textContent())
  await formula.getByLabel('插入字段').click()
  await page.waitForTimeout(200)
  await page.screenshot({ path: `${out}/formula-picker-${width}.png` })
  await page.keyboard.press('Escape')
  await page.waitForTimeout(300)
  await formula.getByLabel('函数').click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${out}/formula-functions-${width}.png` })
  await page.keyboard.press('Escape')
}

await browser.close()
console.log(`screenshots in ${out}`)
