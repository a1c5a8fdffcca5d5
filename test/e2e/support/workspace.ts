import type { Browser, Page } from '@playwright/test'
import { password } from './session.ts'

/** A 1×1 PNG: the runtime sniffs an upload's type from its content, so it must be a real image. */
export const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** The parts of an instance the journeys check. */
export interface Instance {
  id: string
  serialNumber: string
  title: string
  status: string
  values: Record<string, unknown> & { items?: { receipt: unknown[] }[]; total?: string; payeeName?: string }
  timeline: { type: string; comment?: string }[]
}

export interface Person {
  page: Page
  close: () => Promise<void>
  get: <T = Instance>(path: string) => Promise<T>
  post: (path: string, data: unknown) => Promise<{ status: number; body: Instance }>
  upload: (appId: string, fieldId: string, name: string) => Promise<unknown>
}

/**
 * Signs `login` in through the API in a browser context of its own (its own cookies and viewport); the
 * page shares the session and opens nothing until asked. The login form itself is covered by the designer specs.
 */
export async function personOf(
  browser: Browser,
  login: string,
  viewport = { width: 1280, height: 860 },
): Promise<Person> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const signedIn = await context.request.post('/api/v1/auth/login', { data: { login, password } })
  if (!signedIn.ok()) throw new Error(`${login} could not sign in: ${signedIn.status()}`)
  const me = await signedIn.json()
  const page = await context.newPage()
  const headers = { 'X-CSRF-Token': me.csrfToken as string }
  return {
    page,
    close: () => context.close(),
    get: async (path) => (await page.request.get(`/api/v1${path}`)).json(),
    post: async (path, data) => {
      const response = await page.request.post(`/api/v1${path}`, { headers, data: data as object })
      return { status: response.status(), body: await response.json().catch(() => undefined) }
    },
    upload: async (appId, fieldId, name) => {
      const response = await page.request.post(`/api/v1/attachments?appId=${appId}&fieldId=${fieldId}`, {
        headers,
        multipart: { file: { name, mimeType: 'image/png', buffer: png } },
      })
      return response.json()
    },
  }
}

/** The id of the built-in app with this key, as `person` sees it. */
export async function appIdOf(person: Person, key: string): Promise<string> {
  const apps = await person.get<{ items: { id: string; key: string }[] }>('/apps')
  const app = apps.items.find((item) => item.key === key)
  if (!app) throw new Error(`no app ${key}`)
  return app.id
}

/** The to-do task `person` holds on an instance, if any. */
export async function todoTaskOf(person: Person, instanceId: string): Promise<{ id: string } | undefined> {
  const todo = await person.get<{ items: { id: string; instanceId: string }[] }>('/tasks?box=todo')
  return todo.items.find((item) => item.instanceId === instanceId)
}

/** Opens a task page and waits until its timeline and actions are shown. */
export async function openTask(page: Page, taskId: string): Promise<void> {
  await page.goto(`/tasks/${taskId}`)
  await page.locator('.timeline').waitFor()
  await page.locator('.action-bar').waitFor()
}

/** Confirms the open action dialog. */
export const confirmDialog = (page: Page) =>
  page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click()

/** Starts a small reimbursement as `person` through the API (a fresh receipt: a file belongs to one instance). */
export async function startReimbursement(
  person: Person,
  amount: string,
): Promise<{ id: string; serialNumber: string }> {
  const appId = await appIdOf(person, 'reimbursement')
  const receipt = await person.upload(appId, 'receipt', 'r.png')
  const started = await person.post(`/apps/${appId}/instances`, {
    values: {
      items: [{ expenseDate: '2026-11-20', category: 'meals', amount, receipt: [receipt] }],
      costCenter: 'brand',
      crossBorder: 'no',
      payeeName: '张三',
      payeeAccount: '6222021001123456789',
      payeeBank: '工行',
    },
  })
  if (started.status !== 201)
    throw new Error(`start failed: ${started.status} ${JSON.stringify(started.body)}`)
  return started.body
}
