import { expect, test } from '@playwright/test'
import { DEMO, expectHeading, loginAs, uniqueEmail } from './fixtures'

test('switching to English and back changes the text, the html lang and the API language', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/')
  await expectHeading(page, 'Tableau de bord')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  const languages = page.getByRole('group', { name: 'Langue' })
  await expect(languages.getByRole('button', { name: 'FR', exact: true })).toHaveAttribute('aria-pressed', 'true')

  await languages.getByRole('button', { name: 'EN', exact: true }).click()
  await expectHeading(page, 'Dashboard')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const nav = page.getByRole('navigation', { name: 'Main navigation' })
  await expect(nav.getByRole('link', { name: 'Properties' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Administrator')

  // The choice survives a reload and is sent to the API.
  const [meRequest] = await Promise.all([
    page.waitForRequest((r) => r.url().endsWith('/api/v1/auth/me')),
    page.reload(),
  ])
  expect(meRequest.headers()['accept-language']).toBe('en')
  await expectHeading(page, 'Dashboard')
  await nav.getByRole('link', { name: 'Properties' }).click()
  await expectHeading(page, 'Properties')
  await expect(page.getByRole('link', { name: 'New property' })).toBeVisible()

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR', exact: true }).click()
  await expectHeading(page, 'Biens')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('link', { name: 'Nouveau bien' })).toBeVisible()
})

test('server error messages follow the chosen language', async ({ page }) => {
  const email = uniqueEmail('nobody')
  const messageFor = async () => {
    await page.getByLabel(/^(Adresse e-mail|Email address)$/).fill(email)
    await page.getByLabel(/^(Mot de passe|Password)$/).fill('wrong-password')
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
      page.getByRole('button', { name: /^(Se connecter|Log in)$/ }).click(),
    ])
    expect(response.status()).toBe(401)
    const message = ((await response.json()) as { error: { message: string } }).error.message
    await expect(page.getByRole('alert')).toContainText(message)
    return { message, language: response.request().headers()['accept-language'] }
  }
  await page.goto('/connexion')
  const french = await messageFor()
  expect(french.language).toBe('fr')
  await page.getByRole('button', { name: 'EN', exact: true }).click()
  await expectHeading(page, 'Log in')
  const english = await messageFor()
  expect(english.language).toBe('en')
  expect(english.message).not.toBe(french.message)
})
