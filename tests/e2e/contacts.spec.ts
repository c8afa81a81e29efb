import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import {
  DEMO,
  DESKTOP_VIEWPORT,
  MOBILE_VIEWPORT,
  apiSession,
  checkPage,
  expectHeading,
  loginAs,
  uniqueSuffix,
} from './fixtures'
import { createContact, createLead } from './leadData'

test('a name and notes holding a script tag are shown as text, and nothing runs', async ({ page }) => {
  const suffix = uniqueSuffix()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const lastName = `<script>alert("${suffix}")</script>`
  await loginAs(page, DEMO.agent)
  await page.goto('/contacts')
  await page.getByRole('link', { name: 'Nouveau contact' }).click()
  await expectHeading(page, 'Nouveau contact')
  await page.getByLabel('Civilité').selectOption('Mme')
  await page.getByLabel('Prénom').fill('Zoé')
  await page.getByLabel('Nom de famille').fill(lastName)
  await page.getByLabel('E-mail', { exact: true }).fill(`script-${suffix}@demo.logis.test`)
  await page.getByLabel('Téléphone', { exact: true }).fill('07 98 76 54 32')
  await page.getByRole('checkbox', { name: 'Acquéreur' }).check()
  await page.getByLabel('Notes').fill('<img src=x onerror=alert(1)> aime les parquets')
  await page.getByRole('checkbox', { name: 'Accepte de recevoir des e-mails commerciaux' }).check()
  await page.getByLabel('Origine de l’accord').fill('Appel téléphonique')
  await page.getByLabel('Texte présenté à la personne').fill('J’accepte de recevoir les offres de l’agence par e-mail.')
  await page.getByRole('button', { name: 'Créer le contact' }).click()

  await expectHeading(page, `Mme Zoé ${lastName}`)
  await expect(page.getByText('Le contact a été créé.')).toBeVisible()
  await expect(page.getByText('<img src=x onerror=alert(1)> aime les parquets')).toBeVisible()
  await expect(page.getByText('07 98 76 54 32')).toBeVisible()
  const consents = page.getByRole('region', { name: 'Consentements' })
  await expect(consents.getByRole('definition').first()).toHaveText('Accordé')
  await expect(consents.getByRole('definition').nth(1)).toHaveText('Non accordé')
  await consents.getByRole('button', { name: 'Enregistrer un accord ou un retrait' }).click()
  await consents.getByLabel('Canal').selectOption({ label: 'SMS' })
  await consents.getByRole('radio', { name: 'Elle donne son accord' }).check()
  await consents.getByLabel('Origine de l’accord').fill('Appel du 12 mars')
  await consents.getByLabel('Texte présenté à la personne').fill('J’accepte de recevoir les offres par SMS.')
  await consents.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect(consents.getByRole('definition').nth(1)).toHaveText('Accordé')
  await expect(consents.getByText('J’accepte de recevoir les offres par SMS.')).toBeVisible()  // the proof, kept
  await expect(consents.getByRole('button', { name: 'Enregistrer un accord ou un retrait' })).toBeFocused()

  await page.goto(`/contacts?q=script-${suffix}`)
  await expect(page.getByRole('link', { name: `Zoé ${lastName}` })).toBeVisible()
  expect(dialogs).toEqual([])
  expect(await page.locator('script', { hasText: suffix }).count()).toBe(0)
})

test('creating a contact whose email exists offers to open it, merge into it, or create anyway', async ({ page }) => {
  const suffix = uniqueSuffix()
  const admin = await apiSession(DEMO.admin)
  const email = `doublon-${suffix}@demo.logis.test`
  const existing = await createContact(admin, { first_name: 'Jeanne', last_name: `Existante ${suffix}`, emails: [email] })
  await loginAs(page, DEMO.manager)
  await page.goto('/contacts/nouveau')
  await page.getByLabel('Prénom').fill('Jeanne')
  await page.getByLabel('Nom de famille').fill(`Nouvelle ${suffix}`)
  await page.getByLabel('E-mail', { exact: true }).fill(email.toUpperCase())
  await page.getByLabel('Téléphone', { exact: true }).fill('06 55 44 33 22')
  await page.getByRole('button', { name: 'Créer le contact' }).click()

  const dialog = page.getByRole('dialog', { name: 'Ce contact existe peut-être déjà' })
  await expect(dialog.getByText(`Jeanne Existante ${suffix}`)).toBeVisible()
  await expect(dialog.getByRole('link', { name: `Ouvrir Jeanne Existante ${suffix}` })).toHaveAttribute(
    'href',
    `/contacts/${existing.id}`,
  )
  await expect(dialog.getByRole('button', { name: 'Créer quand même' })).toBeVisible()
  await checkPage(page, 'contact-duplicates-dialog')
  await dialog.getByRole('button', { name: `Fusionner avec Jeanne Existante ${suffix}` }).click()

  await expectHeading(page, `Jeanne Existante ${suffix}`)
  await expect(page.getByText('Les informations saisies ont été fusionnées dans ce contact.')).toBeVisible()
  await expect(page.getByText('06 55 44 33 22')).toBeVisible()
  const listed = await admin.context.get(`/api/v1/contacts?q=${encodeURIComponent(email)}`)
  const { items } = (await listed.json()) as { items: { id: number }[] }
  expect(items.map((item) => item.id)).toEqual([existing.id])
})

test('a manager exports a contact’s data as JSON, then erases it after typing the name', async ({ page }) => {
  const suffix = uniqueSuffix()
  const admin = await apiSession(DEMO.admin)
  const contact = await createContact(admin, { first_name: 'Hugo', last_name: `Effacé ${suffix}` })
  const lead = await createLead(admin, { contact_id: contact.id, contact: undefined })
  await createLead(admin)
  await loginAs(page, DEMO.manager)
  await page.goto(`/contacts/${contact.id}`)
  await expectHeading(page, `Hugo Effacé ${suffix}`)
  const leads = page.getByRole('region', { name: 'Demandes' })
  await expect(leads.getByRole('link', { name: new RegExp(`^Demande n°\\s${lead.id} du`) })).toHaveAttribute('href', `/leads/${lead.id}`)
  await expect(leads.getByRole('listitem')).toHaveCount(1)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter ses données' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`contact-${contact.id}.json`)
  const exported = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as Record<string, unknown>
  expect(JSON.stringify(exported)).toContain(`Effacé ${suffix}`)

  await page.getByRole('button', { name: 'Effacer ses données' }).click()
  const dialog = page.getByRole('dialog', { name: 'Effacer les données de ce contact ?' })
  await dialog.getByLabel(`Pour confirmer, saisissez « Hugo Effacé ${suffix} »`).fill('Hugo')
  await dialog.getByRole('button', { name: 'Effacer définitivement' }).click()
  await expect(dialog.getByText('Le nom saisi ne correspond pas.')).toBeVisible()
  await dialog.getByLabel(`Pour confirmer, saisissez « Hugo Effacé ${suffix} »`).fill(`Hugo Effacé ${suffix}`)
  await dialog.getByRole('button', { name: 'Effacer définitivement' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText(suffix)
  const stored = await admin.context.get(`/api/v1/contacts/${contact.id}`)
  expect(JSON.stringify(await stored.json())).not.toContain(suffix)
})

test('an agent is not offered the RGPD actions', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const contact = await createContact(admin)
  await loginAs(page, DEMO.agent)
  await page.goto(`/contacts/${contact.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Paul')
  await expect(page.getByRole('button', { name: 'Effacer ses données' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Exporter ses données' })).toHaveCount(0)
})

for (const [label, viewport] of [
  ['desktop', DESKTOP_VIEWPORT],
  ['mobile', MOBILE_VIEWPORT],
] as const) {
  test.describe(`Contacts: axe finds no WCAG 2.1 AA violation (${label})`, () => {
    test.use({ viewport })

    test('the list, a contact page, its erase dialog and the form with errors', async ({ page }) => {
      const admin = await apiSession(DEMO.admin)
      const contact = await createContact(admin, {
        roles: ['acquereur', 'vendeur'],
        notes: 'Préfère être appelé le matin.',
        consent_email: true,
        consent_source: 'Agence',
        consent_wording: 'J’accepte les offres par e-mail.',
      })
      await createLead(admin, { contact_id: contact.id, contact: undefined })
      await loginAs(page, DEMO.admin)
      await page.goto('/contacts')
      await checkPage(page, `${label}-contacts-list`)
      await page.goto(`/contacts/${contact.id}`)
      await checkPage(page, `${label}-contact-detail`)
      await page.getByRole('button', { name: 'Effacer ses données' }).click()
      await checkPage(page, `${label}-contact-erase`)
      await page.keyboard.press('Escape')
      await page.goto('/contacts/nouveau')
      await page.getByLabel('E-mail', { exact: true }).fill('pas-un-email')
      await page.getByRole('button', { name: 'Créer le contact' }).click()
      await expect(page.getByText('Le formulaire contient des erreurs')).toBeVisible()
      await checkPage(page, `${label}-contact-form-errors`)
      await page.goto(`/contacts/${contact.id}/modifier`)
      await checkPage(page, `${label}-contact-edit`)
    })
  })
}
