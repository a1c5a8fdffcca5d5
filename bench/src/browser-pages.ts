import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import react from '@vitejs/plugin-react'
import { type Browser, chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { browserDir } from './browser-paths.ts'

/** The pages under bench/browser, each a Vite entry. */
export const pageNames = ['forms-ours', 'forms-rjsf', 'flow-ours', 'flow-bare', 'form-add'] as const
export type PageName = (typeof pageNames)[number]

export interface Pages {
  browser: Browser
  url(page: PageName, query?: Record<string, string | number>): string
  close(): Promise<void>
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    try {
      const body = readFileSync(join(root, path))
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/**
 * Builds the bench pages for production with Vite (as the apps ship), serves them on loopback and starts
 * the system Chromium (the bench never downloads a browser).
 */
export async function openPages(): Promise<Pages> {
  const outDir = mkdtempSync(join(tmpdir(), 'signoff-bench-pages-'))
  await build({
    root: browserDir,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      minify: process.env.BENCH_MINIFY !== '0',
      rollupOptions: {
        input: Object.fromEntries(pageNames.map((name) => [name, join(browserDir, `${name}.html`)])),
      },
    },
  })
  const server = await serve(outDir)
  const { port } = server.address() as AddressInfo
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return {
    browser,
    url: (page, query = {}) => {
      const search = new URLSearchParams(
        Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
      )
      return `http://127.0.0.1:${port}/${page}.html?${search}`
    },
    async close() {
      await browser.close()
      await new Promise((resolve) => server.close(resolve))
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}

type BenchMethod = 'render' | 'arm' | 'settled' | 'act' | 'time'

/** Calls the page's `window.bench` (bench/browser/harness.ts) with JSON arguments; resolves its result. */
export function callBench<T>(page: Page, method: BenchMethod, ...args: (string | number)[]): Promise<T> {
  return page.evaluate(
    ([name, values]) =>
      (globalThis as unknown as { bench: Record<string, (...given: unknown[]) => unknown> }).bench[name]?.(
        ...values,
      ),
    [method, args] as const,
  ) as Promise<T>
}

/** Opens a bench page and waits for its harness. */
export async function openPage(pages: Pages, name: PageName): Promise<Page> {
  const page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(pages.url(name))
  await page.waitForFunction(() => typeof (globalThis as { bench?: unknown }).bench === 'object')
  return page
}
