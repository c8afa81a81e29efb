import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, apiSession, expectNoAxeViolations, loginAs, uniqueEmail, uniqueSuffix } from './fixtures'

async function openTemplates(page: Page): Promise<void> {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres')
  await page
    .getByRole('navigation', { name: 'Sections des paramètres' })
    .getByRole('link', { name: 'Modèles de messages' })
    .click()
  await expect(page).toHaveURL('/parametres/modeles')
}

test('edit a default email template: the preview follows the text, then it is saved', async ({ page }) => {
  const marker = `relance ${uniqueSuffix()}`
  await openTemplates(page)
  await page.getByRole('navigation', { name: 'Modèles' }).getByRole('button', { name: 'Relance' }).click()
  const editor = page.getByRole('form', { name: 'Modèle : Relance' })
  await expect(page.frameLocator('iframe[title="Aperçu de l’e-mail"]').getByText('Bien cordialement,')).toBeVisible()
  // The preview frame holds the agency's own HTML (sandboxed); axe checks the page around it.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ iframes: false })
    .setLegacyMode(true)
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])

  const body = editor.getByLabel('Contenu (HTML)')
  await body.fill(`<p>Bonjour {{contact.prenom}}, ${marker} de {{agence.nom}}.</p>`)
  await expect(page.frameLocator('iframe[title="Aperçu de l’e-mail"]').getByText(marker)).toBeVisible()
  await editor.getByRole('button', { name: 'Enregistrer le modèle' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Modèle enregistré.' })).toBeVisible()

  await page.reload()
  await page.getByRole('navigation', { name: 'Modèles' }).getByRole('button', { name: 'Relance' }).click()
  await expect(page.getByRole('form', { name: 'Modèle : Relance' }).getByLabel('Contenu (HTML)')).toHaveValue(
    new RegExp(marker),
  )
})

test('an unknown variable is refused with its name shown at the field', async ({ page }) => {
  await openTemplates(page)
  await page.getByRole('navigation', { name: 'Modèles' }).getByRole('button', { name: 'Baisse de prix' }).click()
  const editor = page.getByRole('form', { name: 'Modèle : Baisse de prix' })
  const subject = editor.getByLabel('Objet')
  await subject.fill('Nouveau prix : {{bien.prixx}}')
  await editor.getByRole('button', { name: 'Enregistrer le modèle' }).click()
  await expect(editor.getByText('Variable inconnue : {{bien.prixx}}')).toBeVisible()
  await expect(subject).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page, 'templates with an error')

  // A click on a variable inserts it where the cursor is.
  await subject.fill('Nouveau prix : ')
  await page.getByRole('button', { name: /\{\{bien\.prix\}\}/ }).click()
  await expect(subject).toHaveValue('Nouveau prix : {{bien.prix}}')
  await expect(editor.getByText('Variable inconnue : {{bien.prixx}}')).toHaveCount(0)
})

test('an SMS template shows its length in SMS', async ({ page }) => {
  await openTemplates(page)
  await page.getByRole('group', { name: 'Canal' }).getByRole('button', { name: 'SMS' }).click()
  await page.getByRole('navigation', { name: 'Modèles' }).getByRole('button', { name: 'Rappel de visite' }).click()
  const body = page.getByLabel('Texte du SMS')
  await body.fill('a'.repeat(161))
  await expect(page.getByTestId('sms-length')).toHaveText('161 caractères · 2 SMS (GSM-7)')
})

test('the unsubscribe link of an alert works without logging in', async ({ page }) => {
  const manager = await apiSession(DEMO.manager)
  const email = uniqueEmail('alerte')
  const lead = await manager.send('POST', '/api/v1/leads', {
    contact: {
      first_name: 'Alix',
      last_name: 'Désabonne',
      email,
      consent_email: true,
      consent_source: 'e2e',
      consent_wording: 'J’accepte de recevoir des alertes.',
    },
    source: 'phone',
  })
  expect(lead.status()).toBe(201)
  const leadId = ((await lead.json()) as { id: number }).id
  const alerts = (await (await manager.context.get('/api/v1/email-templates?purpose=new_property_alert')).json()) as {
    items: { id: number }[]
  }
  const preview = await manager.send('POST', `/api/v1/email-templates/${alerts.items[0].id}/preview`, { lead_id: leadId })
  const html = ((await preview.json()) as { body_html: string }).body_html
  // mstch escapes the link's slashes (&#x2F;); the token itself is plain base64url.
  const token = /desabonnement\?t=([A-Za-z0-9_.-]+)"/.exec(html)?.[1]
  expect(token, html).toBeTruthy()

  await page.goto(`/desabonnement?t=${token}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se désabonner')
  await expectNoAxeViolations(page, 'unsubscribe page')
  await page.getByRole('button', { name: 'Confirmer le désabonnement' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vous êtes désabonné(e)')

  const contactId = ((await (await manager.context.get(`/api/v1/leads/${leadId}`)).json()) as { contact_id: number })
    .contact_id
  const contact = (await (await manager.context.get(`/api/v1/contacts/${contactId}`)).json()) as { consent_email: boolean }
  expect(contact.consent_email).toBe(false)
})
