import { expect, type Locator, type Page, test } from '@playwright/test'

/** The fields directly in a list (the form's root or a container's), in order, by id. */
export const fieldIdsIn = (list: Locator) =>
  list
    .locator(':scope > .field-card')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-field-id') ?? ''))

export const rootList = (page: Page) => page.locator('.form-sheet > .field-list')

/**
 * Drags a palette item and drops it on a point of `target` (fractions of its box), with the mouse the
 * way a person does: press, move past dnd-kit's activation distance in steps, hover, release. Returns the
 * new field's id, read from the list it landed in.
 */
export async function dragFromPalette(
  page: Page,
  type: string,
  list: Locator,
  at: { x: number; y: number } = { x: 0.5, y: 0.95 },
): Promise<string> {
  const before = await fieldIdsIn(list)
  const item = page.locator(`.palette-item[data-field-type="${type}"]`)
  await item.scrollIntoViewIfNeeded()
  const source = await item.boundingBox()
  if (!source) throw new Error(`no palette item ${type}`)
  const from = { x: source.x + source.width / 2, y: source.y + source.height / 2 }
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 12, from.y + 12, { steps: 4 })
  await expect(page.locator('.drag-overlay')).toBeVisible()
  const box = await list.boundingBox()
  if (!box) throw new Error('nowhere to drop')
  await page.mouse.move(box.x + box.width * at.x, box.y + box.height * at.y, { steps: 12 })
  await expect(list).toHaveClass(/is-over/)
  await page.mouse.up()
  await expect.poll(async () => (await fieldIdsIn(list)).length).toBe(before.length + 1)
  const added = (await fieldIdsIn(list)).find((id) => !before.includes(id))
  if (!added) throw new Error(`no ${type} field was added`)
  return added
}

/** Sets the selected field's label in its property panel, Chinese and English. */
export async function setLabel(page: Page, fieldId: string, zh: string, en: string): Promise<void> {
  const panel = page.locator(`.property-panel[data-field-id="${fieldId}"]`)
  await expect(panel).toBeVisible()
  const [zhInput, enInput] = [0, 1].map((n) => panel.locator('.prop-label input').nth(n))
  await zhInput?.fill(zh)
  await enInput?.fill(en)
  await expect(page.locator(`.field-card[data-field-id="${fieldId}"] .field-label`).first()).toContainText(zh)
}

/** Renames the selected select field's options (display names), in order. */
export async function setOptionLabels(page: Page, labels: string[]): Promise<void> {
  const rows = page.locator('.property-panel .option-row')
  for (const [n, label] of labels.entries())
    await rows.nth(n).getByLabel('显示名', { exact: true }).fill(label)
}

/** The dropdown antd opened last (its popups stay in the DOM once closed). */
export const openDropdown = (page: Page) =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last()

export const flowNodeIds = (page: Page) =>
  page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id') ?? ''))

/**
 * The insert menu of one "+", by the id the button names in aria-controls: never another "+"'s menu
 * that is still closing, whatever order antd's popups sit in the page.
 */
export async function insertMenuOf(page: Page, plus: Locator): Promise<Locator> {
  const id = await plus.getAttribute('aria-controls')
  if (!id) throw new Error('this "+" has not mounted its menu yet (no aria-controls)')
  return page.locator(`[id="${id}"]`)
}

/**
 * Opens the "+"'s insert menu and waits until it can be clicked: open, visible and no longer in antd's
 * appear motion (a click while it still scales in can land beside the item, and nothing is inserted).
 */
export async function openInsertMenu(page: Page, plus: Locator): Promise<Locator> {
  await plus.scrollIntoViewIfNeeded()
  if ((await plus.getAttribute('aria-expanded')) !== 'true') await plus.click()
  await expect(plus).toHaveAttribute('aria-expanded', 'true')
  const menu = await insertMenuOf(page, plus)
  await expect(menu).toBeVisible()
  const popup = page.locator('.ant-dropdown', { has: menu })
  await expect(popup).not.toHaveClass(/-(appear|enter|leave)(-|\s|$)/)
  await expect(popup).not.toHaveClass(/ant-dropdown-hidden/)
  return menu
}

/**
 * Inserts a node of the menu entry `kind` with the "+" `plus`, and returns the new node's id. The node
 * count must grow; if a click is ever lost, the menu is opened (or found still open) and clicked once
 * more, and a second loss fails with what the menu showed.
 */
export async function insertOnEdge(page: Page, plus: Locator, kind: string): Promise<string> {
  const before = await flowNodeIds(page)
  const grew = async (timeout: number) => {
    try {
      await expect
        .poll(async () => (await flowNodeIds(page)).length, { timeout })
        .toBeGreaterThan(before.length)
      return true
    } catch {
      return false
    }
  }
  for (const attempt of [1, 2]) {
    const menu = await openInsertMenu(page, plus)
    await menu.getByRole('menuitem', { name: kind, exact: true }).click()
    if (await grew(attempt === 1 ? 8_000 : 10_000)) break
    if (attempt === 2) {
      const shown = (await menu.isVisible()) ? `still open: ${await menu.textContent()}` : 'closed'
      throw new Error(`clicking “${kind}” in the insert menu twice added no node (the menu is ${shown})`)
    }
    // A lost click is retried once but never hidden: the report lists it under the test's annotations.
    test
      .info()
      .annotations.push({ type: 'insert-retried', description: `“${kind}”: no node after one click` })
  }
  await expect(plus).toHaveAttribute('aria-expanded', 'false')
  const added = (await flowNodeIds(page)).filter((id) => !before.includes(id))
  const selected = await page.locator('.flow-node-panel').getAttribute('data-node-id')
  if (!selected || !added.includes(selected)) throw new Error(`no new ${kind} node selected after insertion`)
  return selected
}

/** Picks the type of the selected node's first approver rule. */
export async function chooseRule(page: Page, type: string): Promise<void> {
  await page.locator('.flow-node-panel .flow-rule-head .ant-select').first().click()
  await openDropdown(page).getByText(type, { exact: true }).click()
  await expect(page.locator('.flow-node-panel .flow-rule-head .ant-select').first()).toContainText(type)
}

/** The "+" below a card of the canvas (a step, or a branch card by its data-id). */
export const plusAfter = (page: Page, cardId: string) =>
  page.locator(`.flow-plus-button[data-after="${cardId}"]`)

/** The id React Flow gives the card showing `text` (a branch card's id names its edge). */
export async function cardId(page: Page, text: string): Promise<string> {
  const id = await page.locator('.react-flow__node', { hasText: text }).first().getAttribute('data-id')
  if (!id) throw new Error(`no card shows ${text}`)
  return id
}

/** Renames the selected node. */
export async function renameNode(page: Page, name: string): Promise<void> {
  // The name is the panel's first bilingual input, Chinese first.
  await page.locator('.flow-node-panel .i18n-input input').first().fill(name)
}

/** Adds a row "field operator value" to a condition builder. */
export async function addConditionRow(
  page: Page,
  builder: Locator,
  row: { field: string; operator: string; value: string },
): Promise<void> {
  await builder.getByRole('button', { name: /添加条件$/ }).click()
  const line = builder.locator('.condition-row').last()
  await line.getByLabel('字段').click()
  await openDropdown(page).getByText(row.field, { exact: true }).click()
  await line.getByLabel('运算符').click()
  await openDropdown(page).getByText(row.operator, { exact: true }).click()
  await line.getByLabel('值').fill(row.value)
}

/**
 * The popup of one antd Select, by the id of its listbox (its input's id + "_list"): never another
 * select's popup that is still closing.
 */
export async function dropdownOf(page: Page, select: Locator): Promise<Locator> {
  const id = await select.locator('input').first().getAttribute('id')
  if (!id) throw new Error('this select has no input id')
  return page.locator('.ant-select-dropdown', { has: page.locator(`[id="${id}_list"]`) })
}

/**
 * Picks an option in the selected node's list of members or roles (the rule's own select). The list
 * is virtual and longer than its popup: the option is typed into the search first, so it is on top
 * rather than scrolled to while the list re-renders (which detached it under load). Checked, and
 * tried once more if the pick did not land.
 */
export async function pickIds(page: Page, option: string): Promise<void> {
  const select = page.locator('.flow-node-panel .flow-rule .ant-select-multiple').first()
  for (const attempt of [1, 2]) {
    await select.click()
    const dropdown = await dropdownOf(page, select)
    await expect(dropdown).toBeVisible()
    await page.keyboard.type(option)
    await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click()
    await page.keyboard.press('Escape')
    try {
      await expect(select).toContainText(option, { timeout: attempt === 1 ? 5_000 : 10_000 })
      return
    } catch (error) {
      if (attempt === 2) throw error
    }
  }
}

export const publish = (page: Page) =>
  page.locator('.designer-bar').getByRole('button', { name: /^发\s*布$/ })

/** Publishes the draft with a release note and waits for the version number it got. */
export async function publishWithNote(page: Page, note: string, version: number): Promise<void> {
  await expect(publish(page)).toBeEnabled()
  await publish(page).click()
  const dialog = page.getByRole('dialog', { name: '发布' })
  await dialog.getByPlaceholder('发布说明').fill(note)
  await dialog.getByRole('button', { name: /^发\s*布$/ }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText(`已发布版本 ${version}`)).toBeVisible()
}
