import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'

/** Reads what a measurement waits to see change (a total shown, a node's position, a count of cards). */
export type Probe = (target: string) => () => string

/** What the Node side of the bench calls in a page through Playwright. */
export interface PageBench {
  /** Mounts a fresh element synchronously and lays it out; returns the milliseconds it took. */
  render(size: number): number
  /** Watches `probe(target)`: the next keydown or mousemove starts the clock. */
  arm(probe: string, target: string): void
  /** Milliseconds from that event until the probed value changed and the page was laid out. */
  settled(): Promise<number>
  /** Runs a page action and times it the same way (action start → probed change, laid out). */
  act(action: string, probe: string, target: string): Promise<number>
  /** Pure computations the page offers (e.g. the flow layout), timed in the page. */
  time(name: string, size: number): number
}

declare global {
  interface Window {
    bench: PageBench
  }
}

const forceLayout = () => document.body.getBoundingClientRect().height

export interface BenchPage {
  mount(size: number): ReactElement
  probes: Record<string, Probe>
  actions?: Record<string, () => void>
  timings?: Record<string, (size: number) => number>
}

const channel = new MessageChannel()
let poll: (() => void) | undefined
channel.port1.onmessage = () => poll?.()

/** Resolves with the milliseconds from `start` until `read()` differs from `before`, laid out. */
function changed(read: () => string, before: string, start: number): Promise<number> {
  return new Promise((resolve) => {
    poll = () => {
      if (read() !== before) {
        forceLayout()
        poll = undefined
        resolve(performance.now() - start)
      } else if (performance.now() - start > 10_000) resolve(Number.NaN)
      else channel.port2.postMessage(0)
    }
    channel.port2.postMessage(0)
  })
}

export function installBench({ mount, probes, actions = {}, timings = {} }: BenchPage): void {
  let root: Root | undefined
  let pending: Promise<number> = Promise.resolve(Number.NaN)
  let watch: { read: () => string; before: string } | undefined
  const probe = (name: string, target: string) => {
    const make = probes[name]
    if (!make) throw new Error(`no probe ${name}`)
    return make(target)
  }
  const start = () => {
    if (!watch) return
    const { read, before } = watch
    watch = undefined
    pending = changed(read, before, performance.now())
  }
  // On window, in the capture phase, registered first: React Flow's drag stops mousemove on window.
  window.addEventListener('keydown', start, { capture: true })
  window.addEventListener('mousemove', start, { capture: true })

  window.bench = {
    render(size) {
      root?.unmount()
      const container = document.getElementById('root') as HTMLElement
      container.replaceChildren()
      const element = mount(size)
      const begin = performance.now()
      root = createRoot(container)
      flushSync(() => root?.render(element))
      forceLayout()
      return performance.now() - begin
    },
    arm(name, target) {
      const read = probe(name, target)
      watch = { read, before: read() }
    },
    settled: () => pending,
    act(action, name, target) {
      const run = actions[action]
      if (!run) throw new Error(`no action ${action}`)
      const read = probe(name, target)
      const before = read()
      const begin = performance.now()
      run()
      return changed(read, before, begin)
    },
    time(name, size) {
      const run = timings[name]
      if (!run) throw new Error(`no timing ${name}`)
      return run(size)
    },
  }
}

/** The control of the antd form item with this label (both form renderers lay out with antd's Form.Item). */
export const formItemValue: Probe = (label) => {
  let control: Element | undefined
  for (const item of document.querySelectorAll('.ant-form-item')) {
    const text = item
      .querySelector('label')
      ?.textContent?.trim()
      .replace(/[:：*]/g, '')
    if (text === label) control = item.querySelector('.ant-form-item-control') ?? item
  }
  if (!control) throw new Error(`no form item labelled ${label}`)
  const found = control
  return () => found.querySelector('input')?.value ?? found.textContent ?? ''
}

/** Where a React Flow node is drawn. */
export const nodeTransform: Probe = (id) => () =>
  (document.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement | null)?.style.transform ?? ''

/** How many elements match a selector. */
export const countOf: Probe = (selector) => () => String(document.querySelectorAll(selector).length)
