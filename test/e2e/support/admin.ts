import { expect, type Locator, type Page } from '@playwright/test'
import { appIdOf, type Person, todoTaskOf } from './workspace.ts'

/**
 * Chooses an option in an antd Select the way a keyboard user does, which does not race the dropdown's
 * animation: open it, type to filter when it searches, wait for exactly that option, then Enter.
 */
export async function pickOption(page: Page, select: Locator, label: string, typed = label): Promise<void> {
  await select.click()
  const searchable = ((await select.getAttribute('class')) ?? '').includes('ant-select-show-search')
  if (searchable) await page.keyboard.type(typed)
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`)
  await expect(option).toHaveCount(1)
  if (searchable) {
    await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveCount(1)
    await page.keyboard.press('Enter')
  } else await option.click()
  await expect(page.locator('.ant-select-dropdown:visible'))
    .toHaveCount(0, { timeout: 5_000 })
    .catch(() => page.keyboard.press('Escape'))
}

/** A real image (drawn on a canvas in the page) with a caption, as PNG or JPEG bytes. */
export async function imageOf(
  page: Page,
  caption: string,
  type: 'image/png' | 'image/jpeg',
): Promise<Buffer> {
  // A script string: the test package is compiled without the DOM library.
  const dataUrl = await page.evaluate<string>(`(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 320
    canvas.height = 200
    const context = canvas.getContext('2d')
    context.fillStyle = '#f4f1e8'
    context.fillRect(0, 0, 320, 200)
    context.strokeStyle = '#b22'
    context.lineWidth = 6
    context.strokeRect(8, 8, 304, 184)
    context.fillStyle = '#222'
    context.font = '24px sans-serif'
    context.fillText(${JSON.stringify(caption)}, 24, 110)
    return canvas.toDataURL(${JSON.stringify(type)}, 0.9)
  })()`)
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
}

const leaveValues = (days: number, reason: string) => ({
  leaveType: 'annual',
  period: { start: '2026-12-01', startHalf: 'am', end: `2026-12-0${days}`, endHalf: 'pm' },
  reason,
  delegate: 'lisi',
})

/**
 * Gives the dashboard something to count: `person` starts leave requests, and the approvers decide all
 * but the last (the first is rejected), so there are finished, rejected and open ones.
 */
export async function seedLeaveRequests(
  person: Person,
  approvers: Person[],
  count: number,
): Promise<string[]> {
  const appId = await appIdOf(person, 'leave')
  const ids: string[] = []
  for (let index = 0; index < count; index++) {
    const started = await person.post(`/apps/${appId}/instances`, {
      values: leaveValues(1 + (index % 4), `看板数据 ${index + 1}`),
    })
    if (started.status !== 201)
      throw new Error(`start failed: ${started.status} ${JSON.stringify(started.body)}`)
    ids.push(started.body.id)
  }
  for (const [index, id] of ids.slice(0, -1).entries()) {
    for (let step = 0; step < 6; step++) {
      const holders = await Promise.all(
        approvers.map(async (approver) => [approver, await todoTaskOf(approver, id)] as const),
      )
      const holder = holders.find(([, task]) => task !== undefined)
      if (!holder) break
      const [approver, task] = holder
      const action = index === 0 ? 'reject' : 'approve'
      const decided = await approver.post(
        `/tasks/${task?.id}/${action}`,
        action === 'reject' ? { reason: '时间冲突' } : {},
      )
      if (decided.status !== 200)
        throw new Error(`${action} failed: ${decided.status} ${JSON.stringify(decided.body)}`)
      if (action === 'reject') break
    }
  }
  return ids
}
