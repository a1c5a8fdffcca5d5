import type { Page } from 'playwright-core'
import { callBench, openPage, type PageName, type Pages } from './browser-pages.ts'
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

async function measure(page: Page, fields: number, renders: number, rounds: number): Promise<FormSideRun> {
  const renderMs: number[] = []
  // The first mount warms the JIT and the code caches; it is not counted.
  await callBench<number>(page, 'render', fields)
  for (let i = 0; i < renders; i++) renderMs.push(await callBench<number>(page, 'render', fields))
  const keystrokeMs: number[] = []
  const amount = page
    .locator('.ant-form-item')
    .filter({ hasText: /^Amount/ })
    .locator('input')
    .first()
  await amount.click()
  for (let round = 0; round < rounds; round++)
    for (const key of keys) {
      await callBench(page, 'arm', 'value', 'Total')
      await page.keyboard.press(key)
      const ms = await callBench<number>(page, 'settled')
      if (!Number.isFinite(ms)) throw new Error(`the total did not change after ${key}`)
      // Round 0 warms up.
      if (round > 0) keystrokeMs.push(ms)
    }
  return { renderMs, keystrokeMs }
}

async function side(pages: Pages, name: PageName, fields: number, renders: number, rounds: number) {
  const page = await openPage(pages, name)
  try {
    return await measure(page, fields, renders, rounds)
  } finally {
    await page.close()
  }
}

/**
 * Workload 5: the same generated form in our FormRenderer and in @rjsf/core (antd theme, Ajv 8 validator,
 * live validation), each in its own page; first render and keystroke-to-updated-total.
 */
export async function formsInBrowser(
  pages: Pages,
  { fields, renders = 5, rounds = 3 }: { fields: number; renders?: number; rounds?: number },
): Promise<FormsRun> {
  const ours = await side(pages, 'forms-ours', fields, renders, rounds)
  const rjsf = await side(pages, 'forms-rjsf', fields, renders, rounds)
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
