// Looks at the designer as a person would: signs in, opens the leave app's form, drags fields with
// the mouse and with the keyboard, and saves screenshots at desktop and phone widths.
// Needs the runtime and the designer running; BASE_URL points at the designer (dev server or build).
import { mkdir } from 'node:fs/promises'
import { chromium } from 'playwright-core'

const base = process.env.BASE_URL ?? 'http://localhost:5173'
const out = process.env.SCREENSHOT_DIR ?? new URL('../screenshots/', import.meta.url).pathname
const login = process.env.SIGNOFF_LOGIN ?? 'admin'
const password = process.env.SIGNOFF_PASSWORD ?? 'demo1234'
const appName = process.env.SIGNOFF_APP ?? '请假'

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

async function openLeaveForm(width, height) {
  const page = await browser.newPage({ viewport: { width, height } })
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  await page.goto(`${base}/designer/`)
  await page.getByLabel(/账号|Login/).fill(login)
  await page.getByLabel(/密码|Password/).fill(password)
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
  await page.getByText(appName).first().waitFor()
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${out}/apps-${width}.png` })
  await page.getByText(appName).first().click()
  await page.locator('.form-sheet .field-card').first().waitFor()
  return page
}

async function drag(page, from, to) {
  await from.scrollIntoViewIfNeeded()
  await to.scrollIntoViewIfNeeded()
  const source = await from.boundingBox()
  const target = await to.boundingBox()
  if (!source || !target) throw new Error('nothing to drag')
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2)
  await page.mouse.down()
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, { steps: 4 })
  await page.mouse.move(target.x + target.width / 2, target.y + 6, { steps: 12 })
  await page.mouse.up()
}

const fieldIds = (page) =>
  page
    .locator('.form-sheet > .field-list > .field-card')
    .evaluateAll((cards) => cards.map((card) => card.dataset.fieldId))

const desktop = await openLeaveForm(1280, 800)
await desktop.screenshot({ path: `${out}/form-1280.png` })
const before = await fieldIds(desktop)
await drag(
  desktop,
  desktop.locator('.palette-item[data-field-type="money"]'),
  desktop.locator('.form-sheet .field-card').nth(1),
)
const afterDrop = await fieldIds(desktop)
console.log('palette drop:', before.join(','), '→', afterDrop.join(','))
await desktop.screenshot({ path: `${out}/form-1280-dropped.png` })

// Keyboard: focus the first field, pick it up with Space, move it down twice, drop it.
await desktop.locator('.form-sheet .field-card').first().focus()
for (const key of ['Space', 'ArrowDown', 'ArrowDown', 'Space']) {
  await desktop.keyboard.press(key)
  // dnd-kit measures and moves on the next frames; a person never types faster than that.
  await desktop.waitForTimeout(250)
}
console.log('keyboard move:', (await fieldIds(desktop)).join(','))
await desktop.keyboard.press('Control+z')
console.log('after undo:', (await fieldIds(desktop)).join(','))
await desktop.screenshot({ path: `${out}/form-1280-keyboard.png`, fullPage: true })

// Containers: a detail table at the end, then a money column dropped into it.
await desktop.locator('.pane-canvas').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight))
await drag(
  desktop,
  desktop.locator('.palette-item[data-field-type="table"]'),
  desktop.locator('.form-sheet .drop-hint').last(),
)
console.log('table at the end:', (await fieldIds(desktop)).join(','))
const table = desktop.locator('.form-sheet .field-card[data-field-id="table_1"]')
await drag(
  desktop,
  desktop.locator('.palette-item[data-field-type="money"]'),
  table.locator('.field-card').first(),
)
const columns = await table
  .locator('.field-card')
  .evaluateAll((cards) => cards.map((card) => card.dataset.fieldId))
console.log('table columns:', columns.join(','))
await desktop.screenshot({ path: `${out}/form-1280-table.png`, fullPage: true })

await desktop.getByRole('button', { name: /保存草稿|Save draft/ }).click()
await desktop
  .getByText(/^已保存$|^Saved$/)
  .first()
  .waitFor()
console.log('saved')

// Someone else saves the draft meanwhile: the next save must show the conflict and keep our edits.
const cookie = await (async () => {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  })
  const me = await response.json()
  return { cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '', csrf: me.csrfToken }
})()
const appId = decodeURIComponent(new URL(desktop.url()).hash.split('/')[2] ?? '')
const draftResponse = await fetch(`${base}/api/v1/apps/${appId}/draft`, {
  headers: { Cookie: cookie.cookie },
})
const other = await draftResponse.json()
other.name = { ...other.name, en: 'Leave (edited elsewhere)' }
const put = await fetch(`${base}/api/v1/apps/${appId}/draft`, {
  method: 'PUT',
  headers: {
    Cookie: cookie.cookie,
    'X-CSRF-Token': cookie.csrf,
    'If-Match': draftResponse.headers.get('etag') ?? '',
    'Content-Type': 'application/json',
  },
  body: JSON.stringify(other),
})
console.log('other editor saved:', put.status)
await desktop.locator('.form-sheet .field-card[data-field-id="reason"]').click()
await desktop.getByRole('button', { name: /复\s*制|Copy/ }).click()
await desktop.getByRole('button', { name: /保存草稿|Save draft/ }).click()
await desktop.getByText(/草稿已被他人修改|Someone else changed the draft/).waitFor()
await desktop.waitForTimeout(500)
await desktop.screenshot({ path: `${out}/form-1280-conflict.png` })
await desktop.getByRole('button', { name: /载入最新版本|Load latest version/ }).click()
await desktop.getByText(/已保留你的修改副本|Your edits are kept/).waitFor()
console.log('after reload:', (await fieldIds(desktop)).join(','))
await desktop.getByRole('button', { name: /恢复我的修改|Restore my edits/ }).click()
console.log('restored:', (await fieldIds(desktop)).join(','))
await desktop.getByRole('button', { name: /保存草稿|Save draft/ }).click()
await desktop
  .getByText(/^已保存$|^Saved$/)
  .first()
  .waitFor()

await desktop.getByRole('button', { name: /^发\s*布$|^Publish$/ }).click()
await desktop.getByPlaceholder(/发布说明|Release note/).fill('加金额与明细')
await desktop
  .locator('.ant-modal-footer')
  .getByRole('button', { name: /^发\s*布$|^Publish$/ })
  .click()
await desktop.getByText(/已发布版本|Published version/).waitFor()
await desktop.waitForTimeout(500)
console.log('published')
await desktop.screenshot({ path: `${out}/form-1280-published.png` })

// Lint findings sit on the field they concern: empty a required label, read the finding, undo.
await desktop.locator('.form-sheet .field-card[data-field-id="reason"]').click()
await desktop.locator('.prop-label input').first().fill('')
const finding = desktop.locator('.field-card[data-field-id="reason"] .field-findings li').first()
await finding.waitFor()
console.log('finding on reason:', await finding.textContent())
console.log(
  'publish enabled with an error:',
  await desktop.getByRole('button', { name: /^发\s*布$|^Publish$/ }).isEnabled(),
)
await desktop.screenshot({ path: `${out}/form-1280-finding.png` })
await desktop.keyboard.press('Control+z')
console.log('label after undo:', await desktop.locator('.prop-label input').first().inputValue())

// A new blank app from the list, then the designer in English.
await desktop.getByRole('button', { name: /返\s*回|Back/ }).click()
await desktop.getByRole('button', { name: /新建空白应用|New blank app/ }).click()
const appKey = `purchase-${Date.now().toString(36)}`
await desktop.getByLabel(/应用标识|App key/).fill(appKey)
await desktop.getByLabel(/应用名称|App name/).fill('采购申请')
await desktop.getByRole('button', { name: /^创\s*建$|^Create$/ }).click()
await desktop.locator('.form-sheet .field-card').first().waitFor()
console.log('blank app fields:', (await fieldIds(desktop)).join(','))
await desktop.getByText('EN', { exact: true }).click()
await drag(
  desktop,
  desktop.locator('.palette-item[data-field-type="attachment"]'),
  desktop.locator('.form-sheet .drop-hint').last(),
)
await desktop.waitForTimeout(300)
await desktop.screenshot({ path: `${out}/blank-1280-en.png` })
console.log('blank app after drop:', (await fieldIds(desktop)).join(','))

const phone = await openLeaveForm(375, 812)
await phone.screenshot({ path: `${out}/form-375.png`, fullPage: true })
await phone.locator('.form-sheet .field-card').first().click()
await phone.waitForTimeout(500)
await phone.screenshot({ path: `${out}/form-375-selected.png` })

await browser.close()
console.log(`screenshots in ${out}`)
