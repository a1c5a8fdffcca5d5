// Looks at the flow designer as a person would: signs in, opens the procurement app's Flow tab,
// selects nodes, inserts steps from an edge's "+", and saves screenshots at desktop and phone widths.
// Needs a runtime serving the built designer; BASE_URL points at it.
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

async function openFlow(width, height) {
  const page = await browser.newPage({ viewport: { width, height } })
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console: ${message.text()}`)
  })
  await page.goto(`${base}/designer/`)
  await page.getByLabel(/账号|Login/).fill('admin')
  await page.getByLabel(/密码|Password/).fill('demo1234')
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
  await page.getByText(appName).first().click()
  await page.getByRole('tab', { name: /流程设计|Flow/ }).click()
  await page.locator('.flow-card').first().waitFor()
  await page.waitForTimeout(600)
  return page
}

const desktop = await openFlow(1280, 800)
await desktop.screenshot({ path: `${out}/flow-1280.png` })

await desktop.locator('.react-flow__node', { hasText: '部门负责人审批' }).click()
await desktop.waitForTimeout(300)
await desktop.screenshot({ path: `${out}/flow-1280-approval.png` })
await desktop.locator('.flow-panel').screenshot({ path: `${out}/flow-1280-approval-panel.png` })

await desktop.locator('.react-flow__node', { hasText: '超过 5,000 元' }).click()
await desktop.waitForTimeout(300)
await desktop.screenshot({ path: `${out}/flow-1280-condition.png` })

// Simulate with the sample data: the canvas highlights the path and who would be asked.
await desktop.getByRole('button', { name: /模拟运行/ }).click()
await desktop.waitForTimeout(2500)
await desktop.screenshot({ path: `${out}/flow-1280-simulated.png` })
await desktop.keyboard.press('Escape')
await desktop.waitForTimeout(400)

async function insert(page, nth, kind) {
  await page.locator('.flow-plus-button').nth(nth).click()
  await page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').getByText(kind, { exact: true }).click()
  await page.waitForTimeout(500)
}

const count = () => desktop.locator('.react-flow__node').count()
const before = await count()
// Insert a CC after the start from the first edge's "+".
await insert(desktop, 0, '抄送')
await desktop.screenshot({ path: `${out}/flow-1280-inserted.png` })
// A rule naming specific members, none picked yet: the schema refuses it and the card says so.
await desktop.locator('.flow-rule-head .ant-select').first().click()
await desktop.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText('指定成员').click()
await desktop.waitForTimeout(600)
await desktop.screenshot({ path: `${out}/flow-1280-finding.png` })
// The findings drawer leads back to the node: pick the finding after selecting something else.
await desktop.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } })
await desktop.getByRole('button', { name: /检查结果/ }).click()
await desktop.locator('.findings-panel .is-clickable').first().click()
await desktop.waitForTimeout(500)
console.log('picked from drawer:', await desktop.locator('.flow-node-panel').getAttribute('data-node-id'))
// A parallel block on the edge below the CC.
await insert(desktop, 1, '并行分支')
await desktop.screenshot({ path: `${out}/flow-1280-parallel.png` })
await desktop.locator('.react-flow__controls-fitview').click()
await desktop.waitForTimeout(400)
await desktop.screenshot({ path: `${out}/flow-1280-parallel-fit.png` })
console.log('nodes:', before, '→', await count())

for (let i = 0; i < 3; i += 1) await desktop.keyboard.press('Control+z')
await desktop.waitForTimeout(400)
console.log('after undo:', await count())

// English
await desktop.locator('.ant-segmented-item', { hasText: 'EN' }).click()
await desktop.waitForTimeout(400)
await desktop.screenshot({ path: `${out}/flow-1280-en.png` })

const phone = await openFlow(375, 740)
await phone.screenshot({ path: `${out}/flow-375.png` })
await phone.locator('.react-flow__node', { hasText: 'CFO' }).first().click()
await phone.waitForTimeout(500)
await phone.screenshot({ path: `${out}/flow-375-panel.png` })

await browser.close()
