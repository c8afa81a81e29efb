import { expect, test, type Page } from '@playwright/test'
import { DEMO, apiSession, checkPage, expectHeading, expectNoAxeViolations, loginAs, uniqueSuffix } from './fixtures'
import { createContact } from './leadData'

async function openSmsSettings(page: Page): Promise<void> {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres')
  await page.getByRole('navigation', { name: 'Sections des paramètres' }).getByRole('link', { name: 'SMS' }).click()
  await expectHeading(page, 'Paramètres')
  await expect(page).toHaveURL('/parametres/sms')
}

test('SMS settings: French sender name rule, Twilio needs its credentials, webhooks to paste', async ({ page }) => {
  await openSmsSettings(page)
  const form = page.getByRole('form', { name: 'Envoi de SMS' })
  await expect(form.getByLabel('Fournisseur')).toHaveValue('console')
  await checkPage(page, 'sms-settings')

  await form.getByLabel('Nom d’expéditeur').fill('Agence-Demo')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(form.getByText('Le nom d’expéditeur compte 1 à 11 lettres', { exact: false }).first()).toBeVisible()

  await form.getByLabel('Fournisseur').selectOption('twilio')
  await form.getByLabel('Nom d’expéditeur').fill('AgenceDemo')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(form.getByText('Obligatoire pour envoyer par Twilio.').first()).toBeVisible()
  await expectNoAxeViolations(page, 'sms-settings-errors')

  await form.getByLabel('Fournisseur').selectOption('console')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText('Réglages SMS enregistrés.')).toBeVisible()

  const webhooks = page.getByRole('region', { name: 'Adresses à donner au fournisseur' })
  await expect(webhooks.getByLabel('URL des SMS reçus')).toHaveValue(/\/api\/v1\/public\/sms\/[A-Za-z0-9_-]+\/inbound$/)
  await expect(webhooks.getByLabel('URL des rapports de remise')).toHaveValue(/\/status$/)

  const admin = await apiSession(DEMO.admin)
  const saved = (await (await admin.context.get('/api/v1/sms-settings')).json()) as { sender_name: string }
  expect(saved.sender_name).toBe('AgenceDemo')
})

test('SMS from a contact page: counter, consent warning, sent from the keyboard, state on the timeline', async ({ page }) => {
  const agent = await apiSession(DEMO.agent)
  const contact = await createContact(agent, { last_name: `Sms ${uniqueSuffix()}`, phones: ['06 12 34 56 78'] })
  await loginAs(page, DEMO.agent)
  await page.goto(`/contacts/${contact.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'SMS', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Envoyer un SMS' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Au 06 12 34 56 78')).toBeVisible()
  const message = dialog.getByLabel('Message')
  await expect(message).toBeFocused()
  await page.keyboard.type('Bonjour, votre visite est confirmée demain à 14h.')
  await expect(dialog.getByTestId('sms-counter')).toHaveText('49 caractères · 1 SMS (alphabet SMS)')
  await message.fill('a'.repeat(161))
  await expect(dialog.getByTestId('sms-counter')).toHaveText('161 caractères · 2 SMS (alphabet SMS)')
  await message.fill('Visite confirmée demain à 14h. À bientôt !')
  await expect(dialog.getByTestId('sms-counter')).toContainText('Unicode')

  // No SMS consent: marketing is refused before sending.
  await dialog.getByLabel('Commercial (offre, alerte, relance)').check()
  await expect(dialog.getByText('Ce contact n’a pas donné son consentement aux SMS', { exact: false })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Envoyer le SMS' })).toBeDisabled()
  await expectNoAxeViolations(page, 'sms-dialog')

  await dialog.getByLabel('Service (rappel, confirmation, réponse)').check()
  await dialog.getByRole('button', { name: 'Envoyer le SMS' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByText('SMS mis en file d’envoi', { exact: false })).toBeVisible()

  const timeline = page.getByRole('region', { name: 'Historique des échanges' })
  const entry = timeline.getByRole('listitem').filter({ hasText: 'SMS au 06 12 34 56 78' })
  await expect(entry).toBeVisible()
  await expect(entry.getByText('Visite confirmée demain à 14h. À bientôt !')).toBeVisible()
  await expect(entry.getByText(/^(En attente|Envoyé|Remis)$/)).toBeVisible()
  await checkPage(page, 'contact-after-sms')
})
