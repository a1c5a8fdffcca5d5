import { expect, test } from '@playwright/test'
import { insertOnEdge, flowNodeIds as nodeIds } from './support/designer.ts'
import { signIn, snapshot } from './support/session.ts'

test('an owner edits the procurement flow, follows a finding, simulates, publishes and reads the diff', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 1280, height: 800 })
  await signIn(page, 'admin')
  await page.getByText('采购').first().click()
  await expect(page.locator('.form-sheet .field-card').first()).toBeVisible()
  await snapshot(page, 'designer-flow-01-form')

  await page.getByRole('tab', { name: /流程设计/ }).click()
  await expect(page.locator('.flow-card').first()).toBeVisible()
  const before = await nodeIds(page)
  expect(before.length).toBeGreaterThan(4)

  // The "+" on the first edge inserts an approval step after the start.
  const added = await insertOnEdge(page, page.locator('.flow-plus-button').first(), '审批')
  expect(await nodeIds(page)).toEqual(expect.arrayContaining([...before, added]))
  expect(await nodeIds(page)).toHaveLength(before.length + 1)
  await expect(page.locator('.flow-node-panel')).toHaveAttribute('data-node-id', added)

  // Specific members, none picked: lint finds it, publishing is blocked.
  await page.locator('.flow-rule-head .ant-select').first().click()
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText('指定成员').click()
  const publish = page.locator('.designer-bar').getByRole('button', { name: /^发\s*布$/ })
  await expect(publish).toBeDisabled()
  await snapshot(page, 'designer-flow-02-finding')

  // The findings drawer leads back to the node, after something else was selected.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } })
  await page.getByRole('button', { name: /检查结果/ }).click()
  const finding = page.locator('.findings-panel .is-clickable', { hasText: '错误' }).first()
  await expect(finding).toBeVisible()
  await finding.click()
  await expect(page.locator('.flow-node-panel')).toHaveAttribute('data-node-id', added)

  // Undo the rule change: no more errors, publishing is allowed.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } })
  await page.keyboard.press('Control+z')
  await expect(publish).toBeEnabled()
  await expect.poll(async () => (await nodeIds(page)).length).toBe(before.length + 1)
  await snapshot(page, 'designer-flow-03-inserted')

  // Simulate with the sample data: a path with who would be asked.
  await page.getByRole('button', { name: /模拟运行/ }).click()
  const drawer = page.locator('.simulate-drawer')
  await expect(drawer.locator('.simulate-step').first()).toBeVisible({ timeout: 20_000 })
  expect(await drawer.locator('.simulate-step').count()).toBeGreaterThan(1)
  await expect(drawer.locator(`.simulate-step[data-node-id="${added}"]`)).toBeVisible()
  await snapshot(page, 'designer-flow-04-simulated')
  await drawer.locator('.ant-drawer-close').click()

  // Publish with a note; the versions drawer lists it and shows what changed against the previous one.
  await publish.click()
  await page.getByRole('dialog').getByPlaceholder('发布说明').fill('增加一级审批')
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^发\s*布$/ })
    .click()
  await expect(page.getByText(/已发布版本 \d+/)).toBeVisible()
  await page
    .locator('.designer-bar')
    .getByRole('button', { name: /^版\s*本$/ })
    .click()
  const versions = page.locator('.versions-drawer')
  const latest = versions.locator('.ant-list-item').first()
  await expect(latest).toContainText('增加一级审批')
  await expect(latest).toContainText('当前版本')
  expect(await versions.locator('.ant-list-item').count()).toBeGreaterThan(1)
  await latest.getByRole('button', { name: /与上一版对比/ }).click()
  const addedRow = versions.locator('.diff-row.diff-added', { hasText: '节点' })
  await expect(addedRow.first()).toBeVisible()
  await snapshot(page, 'designer-flow-05-diff')
  expect(errors).toEqual([])
})

test('simulating procurement at 4,999 skips the CFO and at 5,001 asks the CFO', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await signIn(page, 'admin')
  await page.getByText('采购').first().click()
  await page.getByRole('tab', { name: /流程设计/ }).click()
  await expect(page.locator('.flow-card').first()).toBeVisible()
  await page.getByRole('button', { name: /模拟运行/ }).click()
  const drawer = page.locator('.simulate-drawer')
  const form = drawer.locator('.simulate-form')
  await expect(form.locator('#sf-items-0-unitPrice')).toBeVisible({ timeout: 20_000 })
  // One row of one item: the total is its price.
  const rows = form.locator('fieldset.sf-row')
  while ((await rows.count()) > 1)
    await rows
      .last()
      .getByRole('button', { name: /删除此行/ })
      .click()
  await form.locator('#sf-items-0-quantity').fill('1')

  const cfo = drawer.locator('.simulate-step[data-node-id="cfoApproval"]')
  const placeOrder = drawer.locator('.simulate-step[data-node-id="placeOrder"]')
  await form.locator('#sf-items-0-unitPrice').fill('4999')
  await expect(form.getByText('4,999.00').first()).toBeVisible()
  await expect(placeOrder).toBeVisible()
  await expect(cfo).toHaveCount(0)
  await drawer.locator('.simulate-result').scrollIntoViewIfNeeded()
  await snapshot(page, 'designer-flow-06-simulate-4999')

  await form.locator('#sf-items-0-unitPrice').fill('5001')
  await expect(cfo).toBeVisible()
  await expect(placeOrder).toBeVisible()
  await drawer.locator('.simulate-result').scrollIntoViewIfNeeded()
  await snapshot(page, 'designer-flow-07-simulate-5001')
})

test('the flow designer works on a 375-px phone: a node opens its properties', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await signIn(page, 'admin')
  await page.getByText('采购').first().click()
  await page.getByRole('tab', { name: /流程设计/ }).click()
  await expect(page.locator('.flow-card').first()).toBeVisible()
  await page.locator('.react-flow__node', { hasText: 'CFO' }).first().click()
  await expect(page.locator('.flow-node-panel')).toHaveAttribute('data-node-id', 'cfoApproval')
  await expect(page.locator('.flow-node-panel').getByText('审批人').first()).toBeVisible()
  await snapshot(page, 'designer-flow-08-panel-375', false)
})

test('a condition added on 采购金额 goes before its default branch, which cannot be deleted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await signIn(page, 'admin')
  await page.getByText('采购').first().click()
  await page.getByRole('tab', { name: /流程设计/ }).click()
  await expect(page.locator('.flow-card').first()).toBeVisible()

  await page.locator('.react-flow__node', { hasText: '采购金额' }).getByText('添加条件').click()
  const added = page.locator('.react-flow__node', { hasText: '条件2' })
  await expect(added).toBeVisible()
  // The fallback stays a fallback: with three branches it offers no delete, and lint finds it last.
  const fallback = page.locator('.react-flow__node', { hasText: '其他情况' }).last()
  await expect(fallback.getByRole('button', { name: '删除分支' })).toHaveCount(0)
  await page.getByRole('button', { name: /检查结果/ }).click()
  await expect(page.locator('.findings-panel')).toBeVisible()
  await expect(page.locator('.findings-panel')).not.toContainText('默认分支不在最后')
  await page.keyboard.press('Escape')
  await snapshot(page, 'designer-flow-09-added-branch')
  const x = async (node: typeof added) => (await node.boundingBox())?.x ?? Number.NaN
  const over5000 = page.locator('.react-flow__node', { hasText: '超过 5,000 元' })
  expect(await x(over5000)).toBeLessThan(await x(added))
  expect(await x(added), 'the fallback is drawn rightmost').toBeLessThan(await x(fallback))

  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } })
  await page.keyboard.press('Control+z')
  await expect(added).toHaveCount(0)
})
