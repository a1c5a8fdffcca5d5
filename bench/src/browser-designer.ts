import type { Page } from 'playwright-core'
import { callBench, openPage, type PageName, type Pages } from './browser-pages.ts'
import { percentile } from './timing.ts'

export interface DesignerRun {
  flowNodes: number
  /** Pointer move → dragged node redrawn and laid out, per move (median and p95). */
  dragOurs: number
  dragBare: number
  dragOursP95: number
  dragBareP95: number
  formFields: number
  /** Adding a field at the end of the form → its card on the canvas, laid out (median). */
  addField: number
  layoutNodes: number
  /** Median layout of the flow (dagre through the canvas's view). */
  layout: number
}

const median = (samples: readonly number[]) => percentile(samples, 0.5)

async function open(pages: Pages, name: PageName, size: number): Promise<Page> {
  const page = await openPage(pages, name)
  await callBench(page, 'render', size)
  return page
}

/** Drags the first approval card down and back in small moves; one sample per move. */
async function drag(page: Page, moves: number): Promise<number[]> {
  const node = page.locator('.react-flow__node[data-id="a0"]')
  await node.waitFor()
  const box = await node.boundingBox()
  if (!box) throw new Error('the dragged node is not on screen')
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  // The first moves past the threshold start the drag; the samples are the moves of a drag under way.
  await page.mouse.move(x + 3, y + 3, { steps: 3 })
  const samples: number[] = []
  for (let i = 1; i <= moves; i++) {
    const offset = (i % 40 < 20 ? i % 20 : 20 - (i % 20)) * 6 + 6
    await callBench(page, 'arm', 'node', 'a0')
    await page.mouse.move(x + offset, y + offset / 2)
    const ms = await callBench<number>(page, 'settled')
    if (!Number.isFinite(ms)) throw new Error(`the dragged card did not move at move ${i}`)
    if (i > 10) samples.push(ms)
  }
  await page.mouse.up()
  return samples
}

async function dragOn(pages: Pages, name: PageName, nodes: number, moves: number) {
  const page = await open(pages, name, nodes)
  try {
    return await drag(page, moves)
  } finally {
    await page.close()
  }
}

/**
 * Workload 6: dragging a card on a large flow in the designer's canvas and on a bare React Flow with
 * the same nodes; adding a field to a large form in the form designer; laying out a flow.
 */
export async function designerInBrowser(
  pages: Pages,
  { flowNodes = 500, formFields = 200, layoutNodes = 150, moves = 70, adds = 10 } = {},
): Promise<DesignerRun> {
  const ours = await dragOn(pages, 'flow-ours', flowNodes, moves)
  const bare = await dragOn(pages, 'flow-bare', flowNodes, moves)
  const ours2 = await dragOn(pages, 'flow-ours', flowNodes, moves)
  const bare2 = await dragOn(pages, 'flow-bare', flowNodes, moves)
  const oursAll = [...ours, ...ours2]
  const bareAll = [...bare, ...bare2]

  const form = await open(pages, 'form-add', formFields)
  const addMs: number[] = []
  try {
    for (let i = 0; i <= adds; i++) {
      const ms = await callBench<number>(form, 'act', 'addText', 'count', '[data-field-id]')
      if (!Number.isFinite(ms)) throw new Error('the added field did not appear')
      if (i > 0) addMs.push(ms)
    }
  } finally {
    await form.close()
  }

  const flow = await open(pages, 'flow-ours', 8)
  const layoutMs: number[] = []
  try {
    for (let i = 0; i < 6; i++) layoutMs.push(await callBench<number>(flow, 'time', 'layout', layoutNodes))
  } finally {
    await flow.close()
  }
  return {
    flowNodes,
    dragOurs: median(oursAll),
    dragBare: median(bareAll),
    dragOursP95: percentile(oursAll, 0.95),
    dragBareP95: percentile(bareAll, 0.95),
    formFields,
    addField: median(addMs),
    layoutNodes,
    layout: median(layoutMs.slice(1)),
  }
}
