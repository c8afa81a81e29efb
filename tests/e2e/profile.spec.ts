import { expect, test } from '@playwright/test'
import { DEMO, loginAs, waitForPage } from './fixtures'

test.beforeEach(async ({ page }) => {
  await loginAs(page, DEMO.agent)
  await page.goto('/profil')
  await waitForPage(page)
})

test('the profile shows who is logged in', async ({ page }) => {
  const details = page.getByRole('region', { name: 'Vos informations' })
  await expect(details).toContainText(DEMO.agent)
  await expect(details).toContainText('Agent')
  await expect(details).toContainText('Agence Démo Logis')
})

test('a wrong current password is reported by the server next to its field', async ({ page }) => {
  await page.getByLabel('Mot de passe actuel').fill('certainly-not-my-password')
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('un-nouveau-mot-de-passe-solide')
  await page.getByLabel('Confirmation du nouveau mot de passe').fill('un-nouveau-mot-de-passe-solide')
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/password')),
    page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click(),
  ])
  expect(response.status()).toBe(422)
  const body = (await response.json()) as { error: { fields?: Record<string, string> } }
  const fieldMessage = body.error.fields?.current_password ?? ''
  expect(fieldMessage.length).toBeGreaterThan(0)

  const current = page.getByLabel('Mot de passe actuel')
  await expect(current).toHaveAttribute('aria-invalid', 'true')
  await expect(current).toBeFocused()
  const describedBy = (await current.getAttribute('aria-describedby')) ?? ''
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(fieldMessage)
  await expect(page.getByRole('alert')).toContainText(fieldMessage)
  await expect(page.getByLabel('Nouveau mot de passe', { exact: true })).not.toHaveAttribute('aria-invalid', 'true')

  // The session is still valid: a 422 is not a logout.
  await expect(page).toHaveURL('/profil')
})

test('a short or mismatched new password is refused before reaching the server', async ({ page }) => {
  let calls = 0
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/auth/password')) calls += 1
  })
  await page.getByLabel('Mot de passe actuel').fill('whatever')
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court')
  await page.getByLabel('Confirmation du nouveau mot de passe').fill('autre chose')
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
  await expect(page.getByText('Le nouveau mot de passe doit contenir au moins 12 caractères.').first()).toBeVisible()
  await expect(page.getByText('La confirmation ne correspond pas au nouveau mot de passe.').first()).toBeVisible()
  await expect(page.getByLabel('Nouveau mot de passe', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Nouveau mot de passe', { exact: true })).toBeFocused()
  expect(calls).toBe(0)
})
