import { expect, test } from '@playwright/test'
import {
  AGENCY_NAME,
  DEMO,
  DEMO_PASSWORD,
  apiSession,
  expectHeading,
  inviteUser,
  loginAs,
  loginWithForm,
  uniqueEmail,
} from './fixtures'

test('an admin logs in with the form and reaches the dashboard', async ({ page }) => {
  await loginWithForm(page, DEMO.admin)
  await expect(page).toHaveURL('/')
  await expectHeading(page, 'Tableau de bord')
  const main = page.getByRole('main')
  await expect(main.getByText(/^Bienvenue, .+\.$/)).toBeVisible()
  await expect(main.getByText(AGENCY_NAME)).toBeVisible()
  await expect(main.getByText('Administrateur')).toBeVisible()
  await expect(page.getByRole('banner').getByRole('link', { name: new RegExp(AGENCY_NAME) })).toBeVisible()
})

test('a wrong password shows the server message and stays on the login page', async ({ page }) => {
  await page.goto('/connexion')
  await expectHeading(page, 'Connexion')
  await page.getByLabel('Adresse e-mail').fill(DEMO.agent2)
  await page.getByLabel('Mot de passe', { exact: true }).fill('not-the-password')
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
    page.getByRole('button', { name: 'Se connecter' }).click(),
  ])
  expect(response.status()).toBe(401)
  const serverMessage = ((await response.json()) as { error: { message: string } }).error.message
  expect(serverMessage.length).toBeGreaterThan(0)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Connexion impossible')
  await expect(alert).toContainText(serverMessage)
  await expect(page).toHaveURL(/\/connexion$/)
})

test('empty fields are reported without calling the server', async ({ page }) => {
  let calls = 0
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/auth/login')) calls += 1
  })
  await page.goto('/connexion')
  await page.getByRole('button', { name: 'Se connecter' }).click()
  const email = page.getByLabel('Adresse e-mail')
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toBeFocused()
  await expect(page.getByText('Saisissez votre adresse e-mail.')).toBeVisible()
  await expect(page.getByText('Saisissez votre mot de passe.')).toBeVisible()
  expect(calls).toBe(0)
})

test('repeated failures lock the account and the lockout message is shown', async ({ page }) => {
  const email = uniqueEmail('lockout')
  await page.goto('/connexion')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill('wrong-password-0')
  let lastStatus = 0
  let lockMessage = ''
  for (let attempt = 0; attempt < 8 && lastStatus !== 429; attempt += 1) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
      page.getByRole('button', { name: 'Se connecter' }).click(),
    ])
    lastStatus = response.status()
    if (lastStatus === 429) {
      expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0)
      lockMessage = ((await response.json()) as { error: { message: string } }).error.message
    }
  }
  expect(lastStatus).toBe(429)
  await expect(page.getByRole('alert')).toContainText(lockMessage)
})

test('a visitor without a session is sent to the login page, then back where they were going', async ({ page }) => {
  await page.goto('/biens?view=cards')
  await expect(page).toHaveURL(/\/connexion$/)
  await expectHeading(page, 'Connexion')
  await page.getByLabel('Adresse e-mail').fill(DEMO.agent)
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page).toHaveURL(/\/biens\?view=cards$/)
  await expectHeading(page, 'Biens')
})

test('logging out returns to the login page and ends the session on the server', async ({ page }) => {
  await loginAs(page, DEMO.agent)
  await page.goto('/')
  await expectHeading(page, 'Tableau de bord')
  await page.getByRole('button', { name: /^Menu de / }).click()
  await page.getByRole('button', { name: 'Se déconnecter' }).click()
  await expect(page).toHaveURL(/\/connexion$/)
  await expectHeading(page, 'Connexion')
  const me = await page.request.get('/api/v1/auth/me')
  expect(me.status()).toBe(401)
  await page.goto('/agenda')
  await expect(page).toHaveURL(/\/connexion$/)
})

test('a user with a temporary password is sent to the profile and can set a new one', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const invited = await inviteUser(admin, 'agent')
  await loginWithForm(page, invited.email, invited.temporaryPassword)
  await expect(page).toHaveURL(/\/profil$/)
  await expectHeading(page, 'Profil')
  await expect(page.getByText(/mot de passe temporaire/)).toBeVisible()

  const newPassword = `Nouveau-${Date.now()}-secret`
  await page.getByLabel('Mot de passe actuel').fill(invited.temporaryPassword)
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(newPassword)
  await page.getByLabel('Confirmation du nouveau mot de passe').fill(newPassword)
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
  await expect(page.getByText('Votre mot de passe a été modifié.')).toBeVisible()
  await expect(page.getByText(/mot de passe temporaire/)).toHaveCount(0)

  const again = await apiSession(invited.email, newPassword)
  expect(again.user.must_change_password).toBe(false)
  await admin.context.dispose()
  await again.context.dispose()
})

test('a request refused with 401 while using the app sends the user back to the login page', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres/utilisateurs')
  await expect(page.getByRole('table', { name: 'Utilisateurs de l’agence' })).toBeVisible()
  // The session disappears behind the app's back (expiry, logout elsewhere).
  await page.context().clearCookies()
  await page
    .getByRole('navigation', { name: 'Sections des paramètres' })
    .getByRole('link', { name: 'Jetons d’API' })
    .click()
  await expect(page).toHaveURL(/\/connexion$/)
  await expectHeading(page, 'Connexion')
})
