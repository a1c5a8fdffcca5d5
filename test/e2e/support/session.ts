import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'

export const password = 'demo1234'
const shots = join(import.meta.dirname, '..', 'artifacts', 'screenshots')
mkdirSync(shots, { recursive: true })

/**
 * Saves a screenshot under test/e2e/artifacts/screenshots for a person to look at: the full page, or only
 * the viewport when a dialog covers it.
 */
export async function snapshot(page: Page, name: string, fullPage = true): Promise<void> {
  // Fixed bars are drawn where the viewport is: from the top they sit where a person sees them.
  await page.evaluate('window.scrollTo(0, 0)')
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage })
}

/** Signs in on the login form an app shows at `path` (the designer at /designer/, the workspace at /). */
export async function signIn(page: Page, login: string, path = '/designer/'): Promise<void> {
  await page.goto(path)
  await page.getByLabel(/账号|Login/).fill(login)
  await page.getByLabel(/密码|Password/).fill(password)
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click()
}

/** A mouse drag the way a person does it: press, nudge past dnd-kit's activation distance, move, release. */
export async function drag(page: Page, from: Locator, to: Locator, offsetY = 6): Promise<void> {
  await from.scrollIntoViewIfNeeded()
  const source = await from.boundingBox()
  if (!source) throw new Error('nothing to drag')
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2)
  await page.mouse.down()
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, { steps: 4 })
  await to.scrollIntoViewIfNeeded()
  const target = await to.boundingBox()
  if (!target) throw new Error('nowhere to drop')
  await page.mouse.move(target.x + target.width / 2, target.y + offsetY, { steps: 12 })
  await page.mouse.up()
}
