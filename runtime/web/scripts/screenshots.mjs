// Walks the employee and approver journeys in a real browser against a running runtime and saves
// screenshots: zhangsan's start page, the reimbursement form filled (two receipts totalling 12,000),
// lisi's todo inbox and task view on a 375-px phone, and zhangsan's timeline after everyone approved.
// BASE_URL points at the runtime serving the workspace build (e.g. http://localhost:8787).
import { mkdir } from 'node:fs/promises'
import { chromium } from 'playwright-core'

const base = process.env.BASE_URL ?? 'http://localhost:8787'
const out = process.env.SCREENSHOT_DIR ?? new URL('../screenshots/', import.meta.url).pathname
const password = 'demo1234'
// A 1×1 PNG: the runtime sniffs the type from the content.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

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

function check(condition, what) {
  if (!condition) throw new Error(`check failed: ${what}`)
  console.log(`ok: ${what}`)
}

async function signIn(login, viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`page error (${login}): ${error.message}`))
  await page.goto(`${base}/`)
  await page.getByLabel(/账号|Login/).fill(login)
  await page.getByLabel(/密码|Password/).fill(password)
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
  await page.locator('.top-bar').waitFor()
  const me = await (await page.request.get(`${base}/api/v1/me`)).json()
  return { context, page, me, csrf: { 'X-CSRF-Token': me.csrfToken } }
}

async function settle(page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
}

// zhangsan: the start page, then the reimbursement form filled from a draft with two uploaded receipts.
const zhang = await signIn('zhangsan', { width: 1280, height: 860 })
await zhang.page.getByText('报销').first().waitFor()
await settle(zhang.page)
await zhang.page.screenshot({ path: `${out}/01-start-zhangsan.png` })

const apps = (await (await zhang.page.request.get(`${base}/api/v1/apps`)).json()).items
const reimbursement = apps.find((app) => app.key === 'reimbursement')
const receipts = []
for (const name of ['发票-1.png', '发票-2.png']) {
  const response = await zhang.page.request.post(
    `${base}/api/v1/attachments?appId=${reimbursement.id}&fieldId=receipt`,
    { headers: zhang.csrf, multipart: { file: { name, mimeType: 'image/png', buffer: png } } },
  )
  check(response.status() === 201 || response.status() === 200, `upload ${name} (${response.status()})`)
  receipts.push(await response.json())
}
const values = {
  items: [
    {
      expenseDate: '2026-11-16',
      category: 'travel',
      amount: '7000.00',
      receipt: [receipts[0]],
      itemNote: '北京发布会差旅',
    },
    { expenseDate: '2026-11-17', category: 'lodging', amount: '5000.00', receipt: [receipts[1]] },
  ],
  costCenter: 'brand',
  crossBorder: 'no',
  payeeName: '张三',
  payeeAccount: '6222021001123456789',
  payeeBank: '中国工商银行上海张江支行',
}
await zhang.page.evaluate(
  ({ key, values }) =>
    localStorage.setItem(
      key,
      JSON.stringify({ values, idempotencyKey: crypto.randomUUID(), updatedAt: new Date().toISOString() }),
    ),
  { key: `signoff.draft.${zhang.me.user.id}.${reimbursement.id}`, values },
)
await zhang.page.goto(`${base}/apps/${reimbursement.id}`)
await zhang.page.locator('.path-steps').waitFor()
await settle(zhang.page)
await zhang.page.screenshot({ path: `${out}/02-fill-reimbursement.png`, fullPage: true })
const pathText = await zhang.page.locator('.path-steps').textContent()
check(
  pathText.includes('李四') && pathText.includes('孙八'),
  'the predicted path asks lisi … sunba for 12,000',
)

// A double click makes one instance.
await zhang.page.getByRole('button', { name: /提\s*交/ }).dblclick()
await zhang.page.waitForURL(/\/instances\//)
const started = await (await zhang.page.request.get(`${base}/api/v1/tasks?box=started`)).json()
check(started.items.length === 1, 'a double click started one instance')
const instanceId = zhang.page.url().split('/instances/')[1]

// lisi on a phone: the todo inbox and the task view, then approves.
const li = await signIn('lisi', { width: 375, height: 812 })
await li.page.goto(`${base}/inbox/todo`)
await li.page.locator('.inbox-item').first().waitFor()
await settle(li.page)
await li.page.screenshot({ path: `${out}/03-lisi-todo-375.png` })
await li.page.locator('.inbox-item').first().click()
await li.page.waitForURL(/\/tasks\//)
await li.page.locator('.timeline').waitFor()
await settle(li.page)
await li.page.screenshot({ path: `${out}/04-lisi-task-375.png` })
await li.page.screenshot({ path: `${out}/04-lisi-task-375-full.png`, fullPage: true })
await li.page
  .locator('.action-bar')
  .getByRole('button', { name: /同\s*意/ })
  .click()
await li.page.getByLabel(/审批意见|Comment/).fill('情况属实，同意')
await li.page
  .getByRole('dialog')
  .getByRole('button', { name: /确\s*定|OK/ })
  .click()
await li.page.waitForURL(/\/instances\//)
await settle(li.page)

// zhaoliu and sunba approve through the API (the same endpoints the task view calls).
for (const login of ['zhaoliu', 'sunba']) {
  const person = await signIn(login, { width: 1280, height: 860 })
  const todo = await (await person.page.request.get(`${base}/api/v1/tasks?box=todo`)).json()
  const task = todo.items.find((item) => item.instanceId === instanceId)
  check(task !== undefined, `${login} has the task`)
  const response = await person.page.request.post(`${base}/api/v1/tasks/${task.id}/approve`, {
    headers: person.csrf,
    data: { comment: '同意' },
  })
  check(response.status() === 200, `${login} approved`)
  await person.context.close()
}

await zhang.page.goto(`${base}/instances/${instanceId}`)
await zhang.page.locator('.timeline').waitFor()
await settle(zhang.page)
await zhang.page.screenshot({ path: `${out}/05-zhangsan-timeline.png`, fullPage: true })
const status = await zhang.page.locator('.page-head .ant-tag').textContent()
check(status.includes('已通过'), 'zhangsan sees it approved')

await browser.close()
console.log(`screenshots in ${out}`)
