import { expect, test } from '@playwright/test'
import {
  addConditionRow,
  cardId,
  chooseRule,
  dragFromPalette,
  fieldIdsIn,
  insertOnEdge,
  openDropdown,
  pickIds,
  plusAfter,
  publish,
  publishWithNote,
  renameNode,
  rootList,
  setLabel,
  setOptionLabels,
} from './support/designer.ts'
import { signIn, snapshot } from './support/session.ts'

test.use({ actionTimeout: 20_000 })

test('an owner builds a purchase request from blank, fixes a lint error, simulates, publishes twice and reads the diff', async ({
  page,
}) => {
  // A long journey on a shared machine: each step waits for state, the whole gets room.
  test.setTimeout(300_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 1440, height: 900 })
  await signIn(page, 'admin')
  const key = `pr-${Date.now().toString(36)}`

  await test.step('a blank app', async () => {
    await page.getByRole('button', { name: '新建空白应用' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('应用标识').fill(key)
    await dialog.getByLabel('应用名称').fill('采购申请')
    await dialog.getByRole('button', { name: /创\s*建/ }).click()
    await expect(page.locator('.designer-bar .app-name')).toHaveText('采购申请')
    await expect.poll(() => fieldIdsIn(rootList(page))).toEqual(['title'])
  })

  await test.step('the form, dragged from the palette', async () => {
    const text = await dragFromPalette(page, 'text', rootList(page))
    await setLabel(page, text, '采购事由', 'Reason')
    const money = await dragFromPalette(page, 'money', rootList(page))
    await setLabel(page, money, '采购金额', 'Amount')
    const select = await dragFromPalette(page, 'select', rootList(page))
    await setLabel(page, select, '采购类别', 'Category')
    await setOptionLabels(page, ['办公用品', 'IT 设备'])
    const table = await dragFromPalette(page, 'table', rootList(page))
    await setLabel(page, table, '采购明细', 'Items')
    const columns = page.locator(`.field-card[data-field-id="${table}"] .field-list`).first()
    const price = await dragFromPalette(page, 'money', columns, { x: 0.97, y: 0.5 })
    await setLabel(page, price, '单价', 'Unit price')
    // The slot after the columns appended the price; the table's own first column gets a name too.
    const [item = ''] = await fieldIdsIn(columns)
    expect(await fieldIdsIn(columns)).toEqual([item, price])
    await page.locator(`.field-card[data-field-id="${item}"]`).click()
    await setLabel(page, item, '物品名称', 'Item')
    const attachment = await dragFromPalette(page, 'attachment', rootList(page))
    await setLabel(page, attachment, '报价单', 'Quotation')
    expect(await fieldIdsIn(rootList(page))).toEqual(['title', text, money, select, table, attachment])
    await page.locator(`.field-card[data-field-id="${money}"]`).click()
    await snapshot(page, 'designer-build-01-form')
  })

  let head = ''
  let cc = ''
  let condition = ''
  let cfo = ''
  await test.step('the flow: department head, then the CFO over 5,000, CC finance', async () => {
    await page.getByRole('tab', { name: '流程设计' }).click()
    await expect(page.locator('.flow-card').first()).toBeVisible()
    head = await insertOnEdge(page, plusAfter(page, 'start'), '审批')
    await chooseRule(page, '部门负责人')
    await renameNode(page, '部门负责人审批')
    await expect(page.locator(`.react-flow__node[data-id="${head}"]`)).toContainText('部门负责人审批')

    cc = await insertOnEdge(page, plusAfter(page, head), '抄送')
    await chooseRule(page, '角色')
    await pickIds(page, '财务经理')
    await renameNode(page, '抄送财务')

    // The condition goes between the department head and the CC; its first branch gets the CFO.
    condition = await insertOnEdge(page, plusAfter(page, head), '条件分支')
    await renameNode(page, '按金额')
    await expect(page.locator(`.react-flow__node[data-id="${cc}"]`)).toBeVisible()
    const over = page.locator('.flow-node-panel .flow-branch-editor').first()
    await over.getByLabel('分支名称', { exact: true }).fill('超过 5,000 元')
    await addConditionRow(page, over, { field: '采购金额', operator: '大于', value: '5000' })
    await expect(over.getByTestId('compiled-cel')).toContainText('form.money_1 > decimal("5000")')
    cfo = await insertOnEdge(page, plusAfter(page, await cardId(page, '超过 5,000 元')), '审批')
    await chooseRule(page, '角色')
    await pickIds(page, '首席财务官')
    await renameNode(page, 'CFO 审批')
    await expect(publish(page)).toBeEnabled()
    await page.getByRole('button', { name: '显示整个流程' }).click()
    for (const id of ['start', 'end', cfo])
      await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeInViewport({ ratio: 0.99 })
    await snapshot(page, 'designer-build-02-flow')
  })

  await test.step('a fallback turned into "below 5,000": no default branch, and publishing says why it is blocked', async () => {
    const node = page.locator(`.react-flow__node[data-id="${condition}"]`)
    await node.click()
    const fallback = page.locator('.flow-node-panel .flow-branch-editor').nth(1)
    await fallback.getByRole('switch').click()
    await fallback.getByLabel('分支名称', { exact: true }).fill('5,000 元以下')
    await addConditionRow(page, fallback, { field: '采购金额', operator: '小于', value: '5000' })
    await expect(node.locator('.flow-finding-badge.is-error')).toBeVisible()
    await expect(publish(page)).toBeDisabled()
    await page.locator('.designer-bar .publish-button').hover()
    const reasons = page.locator('.publish-reasons')
    await expect(reasons).toContainText('缺少默认分支')
    await expect(reasons).toContainText('没有覆盖')
    await snapshot(page, 'designer-build-03-lint', false)

    // The finding leads to the node; making the fallback the default branch again clears it.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } })
    await page.getByRole('button', { name: /检查结果/ }).click()
    await page.locator('.findings-panel .is-clickable', { hasText: '缺少默认分支' }).click()
    await expect(page.locator('.flow-node-panel')).toHaveAttribute('data-node-id', condition)
    await fallback.getByRole('switch').click()
    await expect(node.locator('.flow-finding-badge')).toHaveCount(0)
    await expect(publish(page)).toBeEnabled()
  })

  await test.step('simulated at 4,999 the CFO is skipped, at 5,001 asked', async () => {
    await page.getByRole('button', { name: /模拟运行/ }).click()
    const drawer = page.locator('.simulate-drawer')
    await drawer.getByLabel('发起人').click()
    await openDropdown(page).getByText('张三 · 品牌组').click()
    const amount = drawer.locator('#sf-money_1')
    const card = (id: string) => page.locator(`.react-flow__node[data-id="${id}"] > div`).first()
    const step = (id: string) => drawer.locator(`.simulate-step[data-node-id="${id}"]`)
    const below = page.locator('.flow-branch', { hasText: '5,000 元以下' })
    const above = page.locator('.flow-branch', { hasText: '超过 5,000 元' })

    await amount.fill('4999')
    await expect(step(cc)).toBeVisible()
    await expect(step(head)).toContainText('李四')
    await expect(step(cfo)).toHaveCount(0)
    await expect(card(cfo)).toHaveClass(/is-off-path/)
    await expect(below).toHaveClass(/is-on-path/)
    await expect(above).toHaveClass(/is-off-path/)
    await snapshot(page, 'designer-build-04-simulate-4999', false)

    await amount.fill('5001')
    await expect(step(cfo)).toContainText('钱七')
    await expect(card(cfo)).toHaveClass(/is-on-path/)
    await expect(above).toHaveClass(/is-on-path/)
    await expect(below).toHaveClass(/is-off-path/)
    await expect(step(cc)).toBeVisible()
    await snapshot(page, 'designer-build-05-simulate-5001', false)
    await drawer.locator('.ant-drawer-close').click()
  })

  await test.step('published as version 1 with a note, edited, published as version 2', async () => {
    await publishWithNote(page, '首个版本：部门负责人审批，超过 5,000 元加 CFO 审批，抄送财务', 1)
    await page.getByRole('tab', { name: '表单设计' }).click()
    const date = await dragFromPalette(page, 'date', rootList(page))
    await setLabel(page, date, '期望到货日期', 'Expected delivery')
    await page.locator('.field-card', { hasText: '采购金额' }).click()
    await page.locator('.property-panel .prop-required').getByRole('switch').click()
    await expect(page.locator('.field-card', { hasText: '采购金额' }).locator('.required-mark')).toBeVisible()
    await publishWithNote(page, '增加期望到货日期，采购金额必填', 2)
  })

  await test.step('the versions drawer names the author and shows what changed', async () => {
    await page
      .locator('.designer-bar')
      .getByRole('button', { name: /^版\s*本$/ })
      .click()
    const versions = page.locator('.versions-drawer')
    const items = versions.locator('.ant-list-item')
    await expect(items).toHaveCount(2)
    await expect(items.first()).toContainText('增加期望到货日期')
    await expect(items.first()).toContainText('当前版本')
    await expect(items.first()).toContainText('管理员 发布于')
    await expect(items.last()).toContainText('管理员 发布于')
    await expect(items.last()).not.toContainText(/\badmin\b/)
    await items
      .first()
      .getByRole('button', { name: /与上一版对比/ })
      .click()
    await expect(versions.locator('.diff-row.diff-added', { hasText: '期望到货日期' })).toBeVisible()
    await expect(versions.locator('.diff-row.diff-changed', { hasText: '采购金额' })).toBeVisible()
    await expect(versions.locator('.diff-row')).toHaveCount(2)
    await snapshot(page, 'designer-build-06-diff', false)
  })
  expect(errors).toEqual([])
})
