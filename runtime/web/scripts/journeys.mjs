// The other journeys in a real browser against a running runtime (BASE_URL): a validation error on
// the right field, return and resubmit, transfer, reject needing a reason, a conflict (409) reloaded,
// batch approve and withdraw. Instances the journeys do not need to fill by hand start through the API.
import { mkdir } from 'node:fs/promises'
import { chromium } from 'playwright-core'

const base = process.env.BASE_URL ?? 'http://localhost:8787'
const out = process.env.SCREENSHOT_DIR ?? new URL('../screenshots/', import.meta.url).pathname
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

async function signIn(login, viewport = { width: 1280, height: 860 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`page error (${login}): ${error.message}`))
  await page.goto(`${base}/`)
  await page.getByLabel(/账号|Login/).fill(login)
  await page.getByLabel(/密码|Password/).fill('demo1234')
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
  await page.locator('.top-bar').waitFor()
  const me = await (await page.request.get(`${base}/api/v1/me`)).json()
  const headers = { 'X-CSRF-Token': me.csrfToken }
  const get = async (path) => (await page.request.get(`${base}/api/v1${path}`)).json()
  const post = (path, data, extra = {}) =>
    page.request.post(`${base}/api/v1${path}`, { headers: { ...headers, ...extra }, data })
  return { context, page, me, headers, get, post }
}

const zhang = await signIn('zhangsan')
const li = await signIn('lisi', { width: 375, height: 812 })
const apps = (await zhang.get('/apps')).items
const reimbursement = apps.find((app) => app.key === 'reimbursement')
const leave = apps.find((app) => app.key === 'leave')

/** Starts a small reimbursement as zhangsan (fresh receipt each time: a file belongs to one instance). */
async function startReimbursement(amount = '100.00') {
  const upload = await zhang.page.request.post(
    `${base}/api/v1/attachments?appId=${reimbursement.id}&fieldId=receipt`,
    { headers: zhang.headers, multipart: { file: { name: 'r.png', mimeType: 'image/png', buffer: png } } },
  )
  const receipt = await upload.json()
  const response = await zhang.post(`/apps/${reimbursement.id}/instances`, {
    values: {
      items: [{ expenseDate: '2026-11-20', category: 'meals', amount, receipt: [receipt] }],
      costCenter: 'brand',
      crossBorder: 'no',
      payeeName: '张三',
      payeeAccount: '6222021001123456789',
      payeeBank: '工行',
    },
  })
  check(response.status() === 201, `zhangsan started a reimbursement of ${amount}`)
  return response.json()
}

async function lisiTaskOf(instanceId) {
  const todo = await li.get('/tasks?box=todo')
  return todo.items.find((item) => item.instanceId === instanceId)
}

async function openTask(page, taskId) {
  await page.goto(`${base}/tasks/${taskId}`)
  await page.locator('.timeline').waitFor()
  await page.locator('.action-bar').waitFor()
}

const dialogOk = (page) =>
  page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click()

// 1. A validation error shows on the field: the leave form submitted empty.
const startedBefore = (await zhang.get('/tasks?box=started')).items.length
await zhang.page.goto(`${base}/apps/${leave.id}`)
await zhang.page.getByRole('button', { name: /提\s*交/ }).click()
await zhang.page.locator('.ant-form-item-explain-error').first().waitFor()
const errorCount = await zhang.page.locator('.ant-form-item-explain-error').count()
check(errorCount > 0, `the empty leave form shows ${errorCount} field errors`)
await zhang.page.screenshot({ path: `${out}/10-validation-errors.png`, fullPage: true })
check((await zhang.get('/tasks?box=started')).items.length === startedBefore, 'nothing was submitted')

// 2. Return and resubmit.
const returned = await startReimbursement('100.00')
await openTask(li.page, (await lisiTaskOf(returned.id)).id)
await li.page
  .locator('.action-bar')
  .getByRole('button', { name: /退\s*回/ })
  .click()
await li.page.getByLabel(/退回原因/).fill('请补充说明')
await dialogOk(li.page)
await li.page.waitForURL(/\/instances\//)
check((await zhang.get(`/instances/${returned.id}`)).status === 'returned', 'lisi returned it')
await zhang.page.goto(`${base}/instances/${returned.id}`)
await zhang.page.getByRole('button', { name: /重新提交/ }).waitFor()
await zhang.page.getByLabel(/收款人户名/).fill('张三（改）')
await zhang.page.evaluate(() => window.scrollTo(0, 0))
await zhang.page.screenshot({ path: `${out}/11-returned-resubmit.png`, fullPage: true })
await zhang.page.getByRole('button', { name: /重新提交/ }).click()
await zhang.page.locator('.page-head .ant-tag', { hasText: '审批中' }).waitFor()
const resubmitted = await zhang.get(`/instances/${returned.id}`)
check(
  resubmitted.status === 'running' && resubmitted.values.payeeName === '张三（改）',
  'zhangsan fixed and resubmitted it',
)

// 3. Reject needs a reason; then transfer to wangwu instead.
const transferred = await startReimbursement('200.00')
await openTask(li.page, (await lisiTaskOf(transferred.id)).id)
await li.page
  .locator('.action-bar')
  .getByRole('button', { name: /拒\s*绝/ })
  .click()
await dialogOk(li.page)
await li.page.getByRole('dialog').locator('.ant-form-item-explain-error').waitFor()
check(true, 'reject without a reason is stopped in the dialog')
await li.page
  .getByRole('dialog')
  .getByRole('button', { name: /取\s*消|Cancel/ })
  .click()
await li.page
  .locator('.action-bar')
  .getByRole('button', { name: /转\s*交/ })
  .click()
await li.page.getByRole('dialog').locator('.user-picker').click()
await li.page.keyboard.type('wangwu')
await li.page.locator('.ant-select-item-option', { hasText: '王五' }).click()
await li.page.screenshot({ path: `${out}/12-transfer-375.png` })
await dialogOk(li.page)
await li.page.waitForURL(/\/instances\//)
const wang = await signIn('wangwu')
check(
  (await wang.get('/tasks?box=todo')).items.some((item) => item.instanceId === transferred.id),
  'wangwu holds the transferred task',
)

// 4. Someone else acted first: two pages on one task, the second approve gets a 409 and reloads.
const raced = await startReimbursement('300.00')
const racedTask = (await lisiTaskOf(raced.id)).id
const other = await li.context.newPage()
await openTask(li.page, racedTask)
await openTask(other, racedTask)
await other
  .locator('.action-bar')
  .getByRole('button', { name: /同\s*意/ })
  .click()
await dialogOk(other)
await other.waitForURL(/\/instances\//)
await li.page
  .locator('.action-bar')
  .getByRole('button', { name: /同\s*意/ })
  .click()
await dialogOk(li.page)
await li.page.getByText(/其他人已先处理/).waitFor()
check(true, 'the second approve says someone else acted first')
await li.page.screenshot({ path: `${out}/13-conflict-375.png` })
await other.close()

// 5. Batch approve two from the todo list.
const first = await startReimbursement('400.00')
const second = await startReimbursement('500.00')
await li.page.goto(`${base}/inbox/todo`)
await li.page.locator('.inbox-item').first().waitFor()
await li.page.locator('.batch-bar .ant-checkbox-input').check()
await li.page.getByRole('button', { name: /批量同意/ }).click()
await li.page.getByText(/已同意 \d+ 项/).waitFor()
const after = await li.get('/tasks?box=todo')
check(
  ![first.id, second.id].some((id) => after.items.some((item) => item.instanceId === id)),
  'batch approve cleared both from lisi’s todo',
)

// 5b. A comment with a file, on the instance lisi approved in the batch.
await zhang.page.goto(`${base}/instances/${first.id}`)
await zhang.page
  .locator('#comment-file')
  .setInputFiles({ name: '补充说明.png', mimeType: 'image/png', buffer: png })
await zhang.page.locator('.comment-files .ant-tag', { hasText: '补充说明.png' }).waitFor()
await zhang.page.getByLabel(/写下评论/).fill('已补充票据')
await zhang.page.getByRole('button', { name: /发\s*送/ }).click()
await zhang.page.locator('.timeline', { hasText: '已补充票据' }).waitFor()
check(true, 'zhangsan commented with a file')

// 6. Withdraw while pending.
const withdrawn = await startReimbursement('600.00')
await zhang.page.goto(`${base}/instances/${withdrawn.id}`)
await zhang.page
  .locator('.action-bar')
  .getByRole('button', { name: /撤\s*回/ })
  .click()
await zhang.page
  .locator('.ant-popconfirm')
  .getByRole('button', { name: /确\s*定|OK/ })
  .click()
await zhang.page.locator('.page-head .ant-tag', { hasText: '已撤回' }).waitFor()
check((await zhang.get(`/instances/${withdrawn.id}`)).status === 'withdrawn', 'zhangsan withdrew it')

// 7. English: the inbox in en.
await zhang.page.goto(`${base}/inbox/started`)
await zhang.page.getByText('EN', { exact: true }).click()
await zhang.page.getByText('Started').first().waitFor()
await zhang.page.waitForTimeout(400)
await zhang.page.screenshot({ path: `${out}/14-started-en.png` })

// 8. The admin console: departments, a refused CSV import with its per-row report, instances, webhooks.
const admin = await signIn('admin')
await admin.page.goto(`${base}/admin/departments`)
await admin.page.locator('.ant-tree').waitFor()
await admin.page.waitForTimeout(300)
await admin.page.screenshot({ path: `${out}/20-admin-departments.png` })
await admin.page.goto(`${base}/admin/import`)
await admin.page
  .getByLabel('CSV')
  .fill(
    'login,name,email,phone,department,roles,head\nnewbie,新人,new@example.com,,品牌组,,\nzhangsan,重复,,,,,\nbad,,,,,nosuchrole,\n',
  )
await admin.page.getByRole('button', { name: /导\s*入/ }).click()
await admin.page.locator('.ant-table-row').first().waitFor()
const badRows = await admin.page.locator('.ant-table-row').count()
check(badRows >= 2, `the refused import lists ${badRows} bad rows`)
await admin.page.screenshot({ path: `${out}/21-admin-import-errors.png`, fullPage: true })
await admin.page.goto(`${base}/admin/instances`)
await admin.page.locator('.ant-table-row').first().waitFor()
check((await admin.page.locator('.ant-table-row').count()) >= 6, 'the admin finds every instance')
await admin.page.screenshot({ path: `${out}/22-admin-instances.png` })
const csv = await admin.page.request.get(`${base}/api/v1/instances/export?scope=all`)
check(csv.status() === 200 && (await csv.text()).includes('BX-'), 'the CSV export answers the instances')
await admin.page.goto(`${base}/admin/audit`)
await admin.page.locator('.ant-table').waitFor()
await admin.page.goto(`${base}/admin/webhooks`)
await admin.page.getByLabel(/地址|URL/).fill('http://127.0.0.1:9/hook')
await admin.page.getByRole('button', { name: /添加 Webhook/ }).click()
await admin.page.locator('.ant-form-item-explain-error').first().waitFor()
check(true, 'a webhook to loopback is refused at the URL field')
await admin.page.screenshot({ path: `${out}/23-admin-webhooks.png` })
await admin.page.goto(`${base}/admin/members`)
await admin.page
  .locator('.ant-table-row', { hasText: 'fenger' })
  .getByRole('button', { name: /停\s*用/ })
  .click()
await admin.page
  .getByRole('dialog')
  .getByRole('button', { name: /停\s*用/ })
  .click()
await admin.page.locator('.ant-table-row', { hasText: 'fenger' }).getByText('已停用').waitFor()
check(true, 'the admin deactivated fenger')
await admin.page.screenshot({ path: `${out}/24-admin-members.png` })

await browser.close()
console.log(`screenshots in ${out}`)
