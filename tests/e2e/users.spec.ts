import { expect, request, test, type Page } from '@playwright/test'
import { BASE_URL, DEMO, apiSession, inviteUser, loginAs, uniqueSuffix, waitForPage, type ApiSession } from './fixtures'

let admin: ApiSession

test.beforeAll(async () => {
  admin = await apiSession(DEMO.admin)
})

test.afterAll(async () => {
  await admin.context.dispose()
})

async function openUsers(page: Page) {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres/utilisateurs')
  await waitForPage(page)
}

test('the users table lists the agency with French roles and statuses', async ({ page }) => {
  await openUsers(page)
  const table = page.getByRole('table', { name: 'Utilisateurs de l’agence' })
  await expect(table.getByRole('columnheader')).toContainText(['Nom', 'E-mail', 'Rôle', 'Statut', 'Dernière connexion'])
  const adminRow = table.getByRole('row', { name: new RegExp(DEMO.admin) })
  await expect(adminRow).toContainText('Administrateur')
  await expect(adminRow).toContainText('(vous)')
  await expect(adminRow).toContainText('Actif')
  await expect(table.getByRole('row', { name: new RegExp(DEMO.client) })).toContainText('Actif')
  await expect(table.getByRole('combobox', { name: /^Rôle de / }).first()).toBeVisible()
})

test('an admin invites a user and sees the temporary password once', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openUsers(page)
  const suffix = uniqueSuffix()
  const email = `nouveau-${suffix}@demo.logis.test`
  const name = `Nina Nouvelle ${suffix}`

  await page.getByRole('button', { name: 'Inviter un utilisateur' }).click()
  const dialog = page.getByRole('dialog', { name: 'Inviter un utilisateur' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Nom').fill(name)
  await dialog.getByLabel('E-mail').fill(email)
  await dialog.getByLabel('Rôle').selectOption({ label: 'Gestionnaire' })
  await dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click()

  const secret = dialog.getByLabel('Mot de passe temporaire')
  await expect(secret).toBeVisible()
  const temporaryPassword = await secret.inputValue()
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(8)
  await expect(dialog).toContainText('n’est affiché qu’une seule fois')
  await dialog.getByRole('button', { name: 'Copier' }).click()
  await expect(dialog).toContainText('Copié dans le presse-papiers.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporaryPassword)
  await dialog.getByRole('button', { name: 'Terminé' }).click()
  await expect(dialog).toHaveCount(0)

  const row = page.getByRole('row', { name: new RegExp(email) })
  await expect(row).toContainText(name)
  await expect(row.getByRole('combobox')).toHaveValue('manager')
  await expect(row).toContainText('Jamais')

  // The password shown is the one the server accepts, and it must be changed.
  const invited = await apiSession(email, temporaryPassword)
  expect(invited.user.must_change_password).toBe(true)
  expect(invited.user.role).toBe('manager')
  await invited.context.dispose()
})

test('inviting an address already in use shows an error in the dialog', async ({ page }) => {
  await openUsers(page)
  await page.getByRole('button', { name: 'Inviter un utilisateur' }).click()
  const dialog = page.getByRole('dialog', { name: 'Inviter un utilisateur' })
  await dialog.getByLabel('Nom').fill('Doublon')
  await dialog.getByLabel('E-mail').fill(DEMO.agent)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'POST'),
    dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click(),
  ])
  expect(response.status()).toBeGreaterThanOrEqual(400)
  expect(response.status()).toBeLessThan(500)
  const body = (await response.json()) as { error: { message: string; fields?: Record<string, string> } }
  await expect(dialog.getByRole('alert')).toContainText(body.error.fields?.email ?? body.error.message)
  await expect(dialog.getByLabel('Mot de passe temporaire')).toHaveCount(0)
})

test('an admin changes a role and it is saved', async ({ page }) => {
  const invited = await inviteUser(admin, 'agent')
  await openUsers(page)
  const select = page.getByRole('combobox', { name: `Rôle de ${invited.name}` })
  await expect(select).toHaveValue('agent')
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/users/${invited.id}`) && r.request().method() === 'PATCH'),
    select.selectOption({ label: 'Gestionnaire' }),
  ])
  expect(response.status()).toBe(200)
  expect(((await response.json()) as { role: string }).role).toBe('manager')
  await expect(page.getByRole('status').filter({ hasText: `Rôle de ${invited.name} mis à jour` })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('combobox', { name: `Rôle de ${invited.name}` })).toHaveValue('manager')
})

test('an admin deactivates a user after confirming, then reactivates them', async ({ page }) => {
  const invited = await inviteUser(admin, 'agent')
  await openUsers(page)
  const row = page.getByRole('row', { name: new RegExp(invited.email) })
  await expect(row).toContainText('Actif')

  await row.getByRole('button', { name: `Désactiver ${invited.name}` }).click()
  const confirm = page.getByRole('dialog', { name: `Désactiver ${invited.name} ?` })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Annuler' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(row).toContainText('Actif')

  await row.getByRole('button', { name: `Désactiver ${invited.name}` }).click()
  await confirm.getByRole('button', { name: 'Désactiver' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(row).toContainText('Désactivé')
  await expect(page.getByRole('status').filter({ hasText: `${invited.name} a été désactivé.` })).toBeVisible()

  const refused = await request.newContext({ baseURL: BASE_URL })
  const login = await refused.post('/api/v1/auth/login', {
    data: { email: invited.email, password: invited.temporaryPassword },
  })
  expect(login.status()).toBeGreaterThanOrEqual(400)
  await refused.dispose()

  await row.getByRole('button', { name: `Réactiver ${invited.name}` }).click()
  await page.getByRole('dialog', { name: `Réactiver ${invited.name} ?` }).getByRole('button', { name: 'Réactiver' }).click()
  await expect(row).toContainText('Actif')
  await page.reload()
  await expect(page.getByRole('row', { name: new RegExp(invited.email) })).toContainText('Actif')
})

test('an admin creates an API token, sees it once, and revokes it', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres/jetons-api')
  await waitForPage(page)
  const name = `Export ${uniqueSuffix()}`

  await page.getByRole('button', { name: 'Créer un jeton' }).click()
  const dialog = page.getByRole('dialog', { name: 'Créer un jeton' })
  await dialog.getByRole('button', { name: 'Créer le jeton' }).click()
  await expect(dialog.getByText('Donnez un nom au jeton.')).toBeVisible()
  await dialog.getByLabel('Nom').fill(name)
  await dialog.getByRole('button', { name: 'Créer le jeton' }).click()
  const token = dialog.getByLabel('Jeton', { exact: true })
  await expect(token).toBeVisible()
  const value = await token.inputValue()
  expect(value.length).toBeGreaterThanOrEqual(20)
  await expect(dialog).toContainText('n’est affiché qu’une seule fois')
  await dialog.getByRole('button', { name: 'Terminé' }).click()

  const row = page.getByRole('row', { name: new RegExp(name) })
  await expect(row).toContainText('Actif')
  await expect(row).toContainText('Jamais')
  await expect(page.getByRole('main')).not.toContainText(value)

  await row.getByRole('button', { name: `Révoquer ${name}` }).click()
  const confirm = page.getByRole('dialog', { name: `Révoquer le jeton « ${name} » ?` })
  await confirm.getByRole('button', { name: 'Révoquer' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(row).toContainText('Révoqué le')
  await expect(row.getByRole('button')).toHaveCount(0)
})
