import AxeBuilder from '@axe-core/playwright'
import { expect, request, type APIRequestContext, type Page } from '@playwright/test'

// LOGIS_E2E_PORT lets a second suite run beside one already using the default port.
export const BASE_URL = `http://127.0.0.1:${process.env.LOGIS_E2E_PORT ?? '8181'}`
export const DEMO_PASSWORD = 'demo-logis-2026'
export const AGENCY_NAME = 'Agence Démo Logis'
export const DEMO = {
  admin: 'admin@demo.logis.test',
  manager: 'gestion@demo.logis.test',
  agent: 'agent1@demo.logis.test',
  agent2: 'agent2@demo.logis.test',
  client: 'client@demo.logis.test',
} as const

export const MOBILE_VIEWPORT = { width: 375, height: 740 }
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 }

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`
}

export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}-${uniqueSuffix()}@demo.logis.test`
}

// Logs the browser context in through the API: fast, for tests whose subject is not the login form.
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await page.request.post('/api/v1/auth/login', { data: { email, password } })
  expect(response.status(), `login of ${email}`).toBe(200)
}

export async function loginWithForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
}

export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
}

// Waits until a page has its h1 and no loading indicator, so axe sees the finished page.
export async function waitForPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/^(Chargement…|Loading…)$/)).toHaveCount(0)
}

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} -> ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  )
  expect(violations, `axe violations on ${where}`).toEqual([])
}

export interface ApiSession {
  context: APIRequestContext
  csrf: string
  user: { id: number; name: string; email: string; role: string; must_change_password: boolean }
  send: (method: 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown) => ReturnType<APIRequestContext['fetch']>
}

// A separate API client with its own cookies, to prepare data without touching the page's session.
export async function apiSession(email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const context = await request.newContext({ baseURL: BASE_URL })
  const response = await context.post('/api/v1/auth/login', { data: { email, password } })
  expect(response.status(), `API login of ${email}`).toBe(200)
  const body = (await response.json()) as { csrf_token: string; user: ApiSession['user'] }
  return {
    context,
    csrf: body.csrf_token,
    user: body.user,
    send: (method, path, data) =>
      context.fetch(path, { method, data, headers: { 'X-CSRF-Token': body.csrf_token } }),
  }
}

export interface InvitedUser {
  id: number
  name: string
  email: string
  temporaryPassword: string
}

export async function inviteUser(admin: ApiSession, role = 'agent', name?: string): Promise<InvitedUser> {
  const suffix = uniqueSuffix()
  const email = `invite-${suffix}@demo.logis.test`
  const fullName = name ?? `Invité ${suffix}`
  const response = await admin.send('POST', '/api/v1/users', { email, name: fullName, role })
  expect(response.status(), 'POST /api/v1/users').toBe(201)
  const body = (await response.json()) as { user: { id: number }; temporary_password: string }
  return { id: body.user.id, name: fullName, email, temporaryPassword: body.temporary_password }
}

// Set E2E_SCREENSHOTS=/some/dir to keep a picture of every page checked.
export async function checkPage(page: Page, where: string): Promise<void> {
  await waitForPage(page)
  const dir = process.env.E2E_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${where.replace(/[^a-z0-9-]+/gi, '_')}.png`, fullPage: true })
  await expectNoAxeViolations(page, where)
  // Nothing may push the page sideways on a phone (WCAG 1.4.10 reflow).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0)
}
