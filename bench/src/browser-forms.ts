import type { Page } from 'playwright-core'
import { callBench, openPage, type Pages } from './browser-pages.ts'
import { percentile } from './timing.ts'

const median = (samples: readonly number[]) => percentile(samples, 0.5)

export interface FormSideRun {
  renderMs: number[]
  keystrokeMs: number[]
}

export interface FormsRun {
  fields: number
  ours: FormSideRun
  rjsf: FormSideRun
  firstRenderOurs: number
  firstRenderRjsf: number
  keystrokeOurs: number
  keystrokeRjsf: number
  keystrokeOursP95: number
  keystrokeRjsfP95: number
}

// Typing climbs the amount through every threshold and back: 1, 12, … 1234567, then 123456 … 1.
const keys = [...'1234567', ...Array.from({ length: 6 }, () => 'Backspace')]

async function typeRound(page: Page, into: FormSideRun | undefined): Promise<void> {
  for (const key of keys) {
    await callBench(page, 'arm', 'value', 'Total')
    await page.keyboard.press(key)
    const ms = await callBench<number>(page, 'settled')
    if (!Number.isFinite(ms)) throw new Error(`the total did not change after ${key}`)
    into?.keystrokeMs.push(ms)
  }
}

const amountInput = (page: Page) =>
  page
    .locator('.ant-form-item')
    .filter({ hasText: /^Amount/ })
    .locator('input')
    .first()

/**
 * Workload 5: the same generated form in our FormRenderer and in @rjsf/core (antd theme, Ajv 8 validator,
 * live validation), each in its own page. The two pages take turns, mount by mount and round by round of
 * typing, so that load from neighbours on a shared machine falls on both alike.
 */
export async function formsInBrowser(
  pages: Pages,
  { fields, renders = 7, rounds = 3 }: { fields: number; renders?: number; rounds?: number },
): Promise<FormsRun> {
  const sides = [
    { page: await openPage(pages, 'forms-ours'), run: { renderMs: [], keystrokeMs: [] } as FormSideRun },
    { page: await openPage(pages, 'forms-rjsf'), run: { renderMs: [], keystrokeMs: [] } as FormSideRun },
  ]
  try {
    // The first mount warms the JIT and the code caches; it is not counted.
    for (const { page } of sides) await callBench(page, 'render', fields)
    for (let i = 0; i < renders; i++)
      for (const { page, run } of sides) run.renderMs.push(await callBench<number>(page, 'render', fields))
    for (const { page } of sides) {
      await page.bringToFront()
      await amountInput(page).click()
      await typeRound(page, undefined)
    }
    for (let round = 0; round < rounds; round++)
      for (const { page, run } of sides) {
        await page.bringToFront()
        await typeRound(page, run)
      }
  } finally {
    for (const { page } of sides) await page.close()
  }
  const [ours, rjsf] = sides.map((side) => side.run) as [FormSideRun, FormSideRun]
  return {
    fields,
    ours,
    rjsf,
    firstRenderOurs: median(ours.renderMs),
    firstRenderRjsf: median(rjsf.renderMs),
    keystrokeOurs: median(ours.keystrokeMs),
    keystrokeRjsf: median(rjsf.keystrokeMs),
    keystrokeOursP95: percentile(ours.keystrokeMs, 0.95),
    keystrokeRjsfP95: percentile(rjsf.keystrokeMs, 0.95),
  }
}
