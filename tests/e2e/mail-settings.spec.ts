import { expect, test, type Page } from '@playwright/test'
import {
  DEMO,
  MOBILE_VIEWPORT,
  apiSession,
  checkPage,
  expectHeading,
  expectNoAxeViolations,
  loginAs,
  uniqueSuffix,
} from './fixtures'

async function openMailSettings(page: Page): Promise<void> {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres')
  await page
    .getByRole('navigation', { name: 'Sections des paramètres' })
    .getByRole('link', { name: 'Messagerie' })
    .click()
  await expectHeading(page, 'Paramètres')
  await expect(page).toHaveURL('/parametres/messagerie')
}

test('an outgoing account: add, test against a closed port, fix, remove', async ({ page }) => {
  const sender = `envoi-${uniqueSuffix()}@agence-demo.fr`
  await openMailSettings(page)
  await checkPage(page, 'mail-settings')

  await page.getByRole('button', { name: 'Ajouter un compte' }).click()
  const form = page.getByRole('form', { name: 'Compte de messagerie' })
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(form.getByText('Ce champ est obligatoire.').first()).toBeVisible()
  await expectNoAxeViolations(page, 'mail account form with errors')

  await form.getByLabel('Serveur').fill('127.0.0.1')
  await form.getByLabel('Sécurité').selectOption('none')
  await expect(form.getByLabel('Port')).toHaveValue('25')
  await form.getByLabel('Port').fill('1') // nothing listens there
  await form.getByLabel('Mot de passe').fill('secret-du-test')
  await form.getByLabel('Nom de l’expéditeur').fill('Agence Démo')
  await form.getByLabel('Adresse de l’expéditeur').fill(sender)
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Compte 127.0.0.1 enregistré.' })).toBeAttached()

  const row = page.getByRole('row').filter({ hasText: sender })
  await expect(row).toContainText('127.0.0.1:1')
  await row.getByRole('button', { name: 'Tester' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Connexion à 127.0.0.1 impossible' })).toBeAttached()

  // The mail rig's aiosmtpd, when scripts/test-all started it.
  const smtpPort = process.env.LOGIS_TEST_SMTP_PORT
  if (smtpPort) {
    await row.getByRole('button', { name: 'Modifier' }).click()
    await expect(form.getByLabel('Mot de passe')).toHaveValue('')
    await expect(form.getByText('Laissez vide pour garder le mot de passe enregistré.')).toBeVisible()
    await form.getByLabel('Port').fill(smtpPort)
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(row).toContainText(`127.0.0.1:${smtpPort}`)
    await row.getByRole('button', { name: 'Tester' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Connexion à 127.0.0.1 réussie.' })).toBeAttached()
  }

  await row.getByRole('button', { name: 'Supprimer' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Compte 127.0.0.1 supprimé.' })).toBeAttached()
  await expect(page.getByRole('row').filter({ hasText: sender })).toHaveCount(0)
})

test('a mailbox is polled on asking, and a failed poll shows on its row', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const created = await admin.send('POST', '/api/v1/mail-accounts', {
    kind: 'imap',
    host: '127.0.0.1',
    port: 1, // nothing listens there
    security: 'none',
    username: `releve-${uniqueSuffix()}`,
    password: 'secret-du-test',
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = ((await created.json()) as { id: number }).id
  try {
    await openMailSettings(page)
    const row = page.getByRole('row').filter({ hasText: 'Réception (IMAP)' }).filter({ hasText: '127.0.0.1:1' })
    await expect(row.getByText('Actif')).toBeVisible()
    await row.getByRole('button', { name: 'Relever maintenant 127.0.0.1' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Relève de 127.0.0.1 demandée' })).toBeAttached()
    await expect(async () => {
      await page.reload()
      await expect(row.getByText('En erreur')).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 30_000 })
  } finally {
    expect((await admin.send('DELETE', `/api/v1/mail-accounts/${id}`)).status()).toBe(204)
  }
})

test('the mail settings page on a phone', async ({ page }) => {
  await page.setViewportSize(MOBILE_VIEWPORT)
  await openMailSettings(page)
  await checkPage(page, 'mail-settings-mobile')
})

