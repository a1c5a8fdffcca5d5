import { expect, type Page, test } from '@playwright/test'
import { imageOf, pickOption } from './support/admin.ts'
import { depositSentTo } from './support/certification.ts'
import { snapshot } from './support/session.ts'
import { confirmDialog, openTask, type Person, personOf, todoTaskOf } from './support/workspace.ts'

const account = '1100612340180100123452'
// The pre-check, the deposit and its verification are automations: the scheduler runs them shortly.
const automation = { timeout: 45_000 }

type Application = { id: string; status: string; version: number }
type Status = { level: string; certified: boolean; applications?: Application[] }

/** Withdraws an application a retried run left open, so this run applies afresh. */
async function withdrawOpen(admin: Person): Promise<void> {
  const status = await admin.get<Status>('/org/certification')
  for (const application of status.applications ?? [])
    if (application.status === 'running' || application.status === 'returned')
      await admin.post(`/org/certification/applications/${application.id}/withdraw`, {
        expectedVersion: application.version,
      })
}

async function upload(page: Page, field: string, name: string, type: 'image/png' | 'image/jpeg') {
  await page
    .locator(`#sf-${field}`)
    .setInputFiles({ name, mimeType: type, buffer: await imageOf(page, name, type) })
  await expect(page.locator('.sf-files, .ant-card').getByText(name).first()).toBeVisible()
}

/** The platform reviewer decides their task on the application in their own task page. */
async function review(reviewer: Person, id: string, decide: (page: Page) => Promise<void>) {
  await expect.poll(async () => (await todoTaskOf(reviewer, id))?.id, automation).toBeDefined()
  const task = await todoTaskOf(reviewer, id)
  if (!task) throw new Error('no review task')
  await openTask(reviewer.page, task.id)
  await decide(reviewer.page)
  await reviewer.page.waitForURL(/\/instances\//)
}

const approve = async (page: Page) => {
  await page
    .locator('.action-bar')
    .getByRole('button', { name: /同\s*意/ })
    .click()
  await confirmDialog(page)
}

test('an org admin applies with uploads, is returned for an expired licence, resubmits, verifies the deposit and is certified', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const admin = await personOf(browser, 'admin')
  await withdrawOpen(admin)
  const { page } = admin
  await page.goto('/admin/certification')
  await expect(page.locator('.certification-level')).toHaveText('未认证')
  await expect(page.locator('.top-bar .certified-badge')).toHaveCount(0)
  await snapshot(page, 'cert-01-uncertified')

  // The application form is the platform app's; files go up as real images (the runtime sniffs them).
  await page.getByRole('button', { name: '申请企业认证（中级）' }).click()
  await page.locator('#sf-enterpriseName').fill('示例科技有限公司')
  await page.locator('#sf-creditCode').fill('91350100M000100Y43')
  await pickOption(
    page,
    page.locator('.sf-select', { has: page.locator('#sf-enterpriseType') }),
    '有限责任公司',
  )
  await pickOption(page, page.locator('.sf-select', { has: page.locator('#sf-industry') }), '信息技术')
  await pickOption(page, page.locator('.sf-select', { has: page.locator('#sf-scale') }), '21–100 人')
  await upload(page, 'businessLicence', '营业执照-2019.jpg', 'image/jpeg')
  await page.locator('#sf-legalRepName').fill('孙八')
  await page.locator('#sf-legalRepIdNumber').fill('11010519491231002X')
  await upload(page, 'idFront', '身份证人像面.jpg', 'image/jpeg')
  await upload(page, 'idBack', '身份证国徽面.png', 'image/png')
  await page.locator('#sf-bankAccountName').fill('示例科技有限公司')
  await page.locator('#sf-bankAccountNumber').fill(account)
  await page.locator('#sf-bankName').fill('中国工商银行福州鼓楼支行')
  await upload(page, 'accountProof', '开户许可证.png', 'image/png')
  await expect(page.locator('#sf-depositAmount'), 'the amount is entered later, not now').toHaveCount(0)
  await snapshot(page, 'cert-02-apply-form')
  await page.getByRole('button', { name: '提交认证申请' }).click()

  const card = page.locator('.certification-application')
  await expect(card.locator('.ant-alert')).toContainText('初审', automation)
  await expect(card).toContainText('等待平台处理')
  const id = (await admin.get<Status>('/org/certification')).applications?.[0]?.id
  if (!id) throw new Error('no application')
  await snapshot(page, 'cert-03-initial-review')

  // reviewer1 rejects it for an expired licence, with the reason code.
  const reviewer1 = await personOf(browser, 'reviewer1')
  await review(reviewer1, id, async (reviewerPage) => {
    await reviewerPage
      .locator('.action-bar')
      .getByRole('button', { name: /拒\s*绝/ })
      .click()
    const dialog = reviewerPage.getByRole('dialog')
    await pickOption(reviewerPage, dialog.locator('.ant-select'), '资料过期')
    await dialog.getByLabel('拒绝原因（必填）').fill('营业执照已过期，请上传最新的营业执照。')
    await snapshot(reviewerPage, 'cert-04-reviewer1-rejects', false)
    await confirmDialog(reviewerPage)
  })

  await page.reload()
  const returned = page.locator('.certification-returned')
  await expect(returned).toContainText('资料过期', automation)
  await expect(returned).toContainText('营业执照已过期')
  await snapshot(page, 'cert-05-returned')

  // The admin replaces the licence and resubmits at once; it runs again from the pre-check.
  await page.getByRole('button', { name: '删除 营业执照-2019.jpg' }).click()
  await upload(page, 'businessLicence', '营业执照-2026.jpg', 'image/jpeg')
  await page.getByRole('button', { name: '修改后重新提交' }).click()
  await expect(card.locator('.ant-alert').first()).toContainText('初审', automation)
  await review(reviewer1, id, approve)

  // The deposit: the test reads the simulated bank's record (the applicant's bank statement).
  const step = page.locator('.applicant-step')
  await expect(step).toBeVisible(automation)
  // The step is the applicant's to do: the admin's to-do list points at it.
  await page.goto('/inbox/todo')
  const todo = page.locator('.certification-todo')
  await expect(todo).toContainText('填写打款金额')
  await snapshot(page, 'cert-06-inbox-todo')
  await todo.getByRole('button', { name: /去处理/ }).click()
  await expect(step).toBeVisible(automation)
  await expect(step).toContainText('还剩 3 次机会')
  const amount = depositSentTo(account)
  if (!amount) throw new Error('the simulated bank recorded no deposit')
  const wrong = amount === '0.01' ? '0.02' : '0.01'
  await page.locator('#sf-depositAmount').fill(wrong)
  await page.getByRole('button', { name: '提交金额' }).click()
  await expect(step, 'a wrong amount comes back with one try fewer').toContainText(
    '还剩 2 次机会',
    automation,
  )
  await snapshot(page, 'cert-07-deposit-entry')
  await page.locator('#sf-depositAmount').fill(amount)
  await page.getByRole('button', { name: '提交金额' }).click()
  await expect(card.locator('.ant-alert').first()).toContainText('复审', automation)

  const reviewer2 = await personOf(browser, 'reviewer2')
  await review(reviewer2, id, approve)

  await expect(card).toContainText('认证已通过', automation)
  await expect(page.locator('.certification-level')).toHaveText('企业认证（中级）')
  await expect(page.locator('.top-bar .certified-badge')).toBeVisible()
  await expect(page.locator('.certification-notices .ant-list-item').first()).toBeVisible()
  await snapshot(page, 'cert-08-certified')
  // The application's pictures stay viewable by its organization once it has ended.
  const pictures = page.locator('.applicant-values img')
  await expect(pictures.first()).toBeVisible()
  await expect
    .poll(() =>
      pictures.evaluateAll((images) =>
        images.every((image) => ((image as { naturalWidth?: number }).naturalWidth ?? 0) > 0),
      ),
    )
    .toBe(true)
  const status = await admin.get<Status>('/org/certification')
  expect(status).toMatchObject({ level: 'intermediate', certified: true })

  // A member sees the badge in the header and on the organization's forms.
  const zhang = await personOf(browser, 'zhangsan')
  const leave = (await zhang.get<{ items: { id: string; key: string }[] }>('/apps')).items.find(
    (app) => app.key === 'leave',
  )
  await zhang.page.goto(`/apps/${leave?.id}`)
  await expect(zhang.page.locator('.top-bar .certified-badge')).toBeVisible()
  await expect(zhang.page.locator('.page-head .certified-badge')).toBeVisible()
  await snapshot(zhang.page, 'cert-09-member-form-badge')
  for (const person of [admin, reviewer1, reviewer2, zhang]) await person.close()
})
