// Looks at the renderer as a person would: the leave and reimbursement forms at desktop and phone
// widths, empty with messages, filled, and as printed. Starts the harness (scripts/vite.config.ts).
import { mkdir } from 'node:fs/promises'
import { chromium } from 'playwright-core'
import { createServer } from 'vite'

const out = process.env.SCREENSHOT_DIR ?? new URL('../screenshots/', import.meta.url).pathname
await mkdir(out, { recursive: true })
const server = await createServer({ configFile: new URL('./vite.config.ts', import.meta.url).pathname })
await server.listen()
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:5180/'

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

const shots = [
  { name: 'leave-empty', query: 'template=leave&errors=1' },
  { name: 'leave-sample', query: 'template=leave&sample=1' },
  { name: 'reimbursement-sample', query: 'template=reimbursement&sample=1' },
  { name: 'reimbursement-errors-en', query: 'template=reimbursement&errors=1&locale=en' },
  { name: 'reimbursement-print', query: 'template=reimbursement&sample=1&mode=print' },
]
try {
  for (const width of [1280, 375]) {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
      page.on('console', (message) => message.type() === 'error' && console.error(message.text()))
      await page.goto(`${base}?${shot.query}`)
      await page.locator('.sf-form').waitFor()
      await page.waitForTimeout(800)
      await page.screenshot({ path: `${out}/${shot.name}-${width}.png`, fullPage: true })
      await page.close()
    }
  }
  // An upload under way, and a file the field refuses (a PDF where only images go).
  const page = await browser.newPage({ viewport: { width: 375, height: 900 } })
  await page.goto(`${base}?template=reimbursement&sample=1`)
  await page.locator('#sf-items-0-receipt').waitFor({ state: 'attached' })
  const png = Buffer.from('89504e470d0a1a0a', 'hex')
  await page.setInputFiles('#sf-items-1-receipt', {
    name: '出租车票.png',
    mimeType: 'image/png',
    buffer: png,
  })
  await page.setInputFiles('#sf-items-0-receipt', {
    name: '说明.pdf',
    mimeType: 'application/pdf',
    buffer: png,
  })
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${out}/reimbursement-uploading-375.png` })
  await page.close()
} finally {
  await browser.close()
  await server.close()
}
console.log(`screenshots in ${out}`)
