import { expect, test, type Page } from '@playwright/test'
import {
  DEMO,
  DESKTOP_VIEWPORT,
  MOBILE_VIEWPORT,
  apiSession,
  checkPage,
  expectHeading,
  loginAs,
  uniqueSuffix,
  waitForPage,
} from './fixtures'
import { createContact } from './leadData'
import { createProperty } from './propertyData'
import { createPastVisit, createVisit, demoVisitDone, weekdayFromNow } from './visitData'

async function expectPdf(page: Page, href: string | null): Promise<void> {
  expect(href, 'a PDF link').not.toBeNull()
  const response = await page.request.get(href!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/pdf')
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
}

test('the report of a past demo visit shows in the property’s seller report, whose PDF downloads', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const visit = await demoVisitDone(admin)
  await loginAs(page, DEMO.admin)

  await page.goto(`/visites/${visit.id}`)
  await expectHeading(page, `Visite – ${visit.property.title}`)
  const details = page.getByRole('region', { name: 'Détails' })
  await expect(details.getByText('Effectuée')).toBeVisible()
  await expect(details.getByRole('link', { name: new RegExp(visit.property.reference) })).toBeVisible()

  const report = page.getByRole('region', { name: 'Compte-rendu de visite' })
  await report.getByRole('button', { name: 'Enregistrer le compte-rendu' }).click()
  await expect(report.getByRole('link', { name: 'Saisissez un commentaire.' })).toBeVisible()

  await report.getByLabel('Commentaire').fill('Séjour lumineux apprécié ; la cuisine est à refaire.')
  await report.getByRole('group', { name: 'Intérêt du client' }).getByLabel('4 – Très intéressé').check()
  await report.getByRole('group', { name: 'Avis sur le prix' }).getByLabel('Un peu cher').check()
  await report.getByLabel('Objections').fill('Pas de place de parking.')
  await report.getByLabel('Intitulé de la tâche').fill('Rappeler pour une seconde visite')
  await report.getByRole('button', { name: 'Enregistrer le compte-rendu' }).click()

  await expect(report.getByText('Compte-rendu enregistré.')).toBeVisible()
  await expect(report.getByText('Séjour lumineux apprécié ; la cuisine est à refaire.')).toBeVisible()
  await expect(report.getByText('4/5 – Très intéressé')).toBeVisible()
  await expect(report.getByText('Une tâche de suivi a été créée.')).toBeVisible()

  // Edited again: the form comes back filled.
  await report.getByRole('button', { name: 'Modifier' }).click()
  await expect(report.getByLabel('Objections')).toHaveValue('Pas de place de parking.')
  await report.getByLabel('Objections').fill('Pas de place de parking ni de cave.')
  await report.getByRole('button', { name: 'Enregistrer le compte-rendu' }).click()
  await expect(report.getByText('Pas de place de parking ni de cave.')).toBeVisible()

  await details.getByRole('link', { name: new RegExp(visit.property.reference) }).click()
  await expectHeading(page, visit.property.title)
  const visits = page.getByRole('region', { name: 'Visites', exact: true })
  await expect(visits.getByRole('cell', { name: 'Séjour lumineux apprécié ; la cuisine est à refaire.' })).toBeVisible()
  await expect(visits.getByRole('cell', { name: '4/5' })).toBeVisible()

  const seller = page.getByRole('region', { name: 'Compte-rendu vendeur' })
  const preview = seller.getByRole('region', { name: 'Aperçu du compte-rendu' })
  await expect(preview.getByText(/Séjour lumineux apprécié/)).toBeVisible()
  await expect(preview.getByRole('cell', { name: 'Un peu cher' })).toBeVisible()
  await expectPdf(page, await seller.getByRole('link', { name: 'Télécharger le PDF' }).getAttribute('href'))

  // A period without the visit: the preview says so.
  await seller.getByLabel('Du', { exact: true }).fill('2020-01-01')
  await seller.getByLabel('Au', { exact: true }).fill('2020-01-31')
  await seller.getByRole('button', { name: 'Afficher' }).click()
  await expect(preview.getByText('Aucune visite sur cette période.')).toBeVisible()
})

test('a planned visit is confirmed, then cancelled after a confirmation, and its reminders follow', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const visit = await createVisit(admin, 3, 10, 'planned')
  await loginAs(page, DEMO.admin)
  await page.goto(`/visites/${visit.id}`)
  const details = page.getByRole('region', { name: 'Détails' })
  await expect(details.getByText('Planifiée')).toBeVisible()
  // Not started yet: no "client absent", and no report form.
  await expect(page.getByRole('button', { name: 'Client absent' })).toHaveCount(0)
  await expect(page.getByText('Le compte-rendu se remplit une fois le rendez-vous commencé.')).toBeVisible()
  const reminders = page.getByRole('region', { name: 'Rappels' })
  await expect(reminders.getByText('24\u00a0h avant').first()).toBeVisible()
  await expect(reminders.getByText('Prévu').first()).toBeVisible()

  await page.getByRole('button', { name: 'Confirmer' }).click()
  await expect(page.getByText('Rendez-vous confirmé.')).toBeVisible()
  await expect(details.getByText('Confirmée')).toBeVisible()

  await page.getByRole('button', { name: 'Annuler le rendez-vous' }).click()
  const dialog = page.getByRole('dialog', { name: 'Annuler ce rendez-vous\u00a0?' })
  await dialog.getByRole('button', { name: 'Annuler', exact: true }).click()
  await expect(dialog).toHaveCount(0)
  await expect(details.getByText('Confirmée')).toBeVisible()

  await page.getByRole('button', { name: 'Annuler le rendez-vous' }).click()
  await dialog.getByRole('button', { name: 'Annuler le rendez-vous' }).click()
  await expect(page.getByText('Rendez-vous annulé\u00a0: les participants sont prévenus.')).toBeVisible()
  await expect(details.getByText('Annulée')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Confirmer' })).toHaveCount(0)
  await expect(reminders.getByText('Prévu')).toHaveCount(0)
})

test('the bon de visite is signed with the mouse on the canvas', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const visit = await createPastVisit(admin, 4)
  await loginAs(page, DEMO.admin)
  await page.goto(`/visites/${visit.id}`)
  const voucher = page.getByRole('region', { name: 'Bon de visite' })
  await expectPdf(page, await voucher.getByRole('link', { name: 'Télécharger le bon (PDF)' }).getAttribute('href'))

  await voucher.getByRole('button', { name: 'Faire signer' }).click()
  await voucher.getByLabel('Nom du signataire').fill('Paul Témoin')
  // Nothing drawn yet: refused before anything is sent.
  await voucher.getByRole('button', { name: 'Valider la signature' }).click()
  await expect(voucher.getByText('Signez dans le cadre.')).toBeVisible()

  const canvas = voucher.getByRole('img', { name: 'Zone de signature' })
  const box = await canvas.boundingBox()
  if (!box) throw new Error('the signature canvas has no box')
  await page.mouse.move(box.x + 30, box.y + box.height / 2)
  await page.mouse.down()
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(box.x + 30 + step * 20, box.y + box.height / 2 + (step % 2 ? -25 : 25), { steps: 3 })
  }
  await page.mouse.up()
  await voucher.getByRole('button', { name: 'Valider la signature' }).click()

  await expect(voucher.getByText(/^Signé par Paul Témoin le /)).toBeVisible()
  await expect(voucher.getByRole('button', { name: 'Faire signer' })).toHaveCount(0)
  await expectPdf(page, await voucher.getByRole('link', { name: 'Télécharger le bon signé (PDF)' }).getAttribute('href'))
  const stored = await (await admin.context.get(`/api/v1/visits/${visit.id}`)).json()
  expect(stored.voucher).toMatchObject({ signed_via: 'drawn', signer_name: 'Paul Témoin' })
})

test('an admin plans a visit with a co-agent, finds her checked when changing it, and the co-agents named on the visit page, for her too', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const coAgent = (await apiSession(DEMO.agent)).user
  const manager = (await apiSession(DEMO.manager)).user
  const property = await createProperty(admin)
  const suffix = uniqueSuffix()
  const lastName = `Associé ${suffix}`
  const email = `associe-${suffix}@demo.logis.test`
  await createContact(admin, { last_name: lastName, emails: [email] })
  const day = weekdayFromNow(75)
  await loginAs(page, DEMO.admin)

  await page.goto(`/biens/${property.id}`)
  await page.getByRole('button', { name: 'Planifier une visite' }).click()
  const form = page.getByRole('dialog', { name: 'Planifier un rendez-vous' })
  await form.getByLabel('Date', { exact: true }).fill(day)
  await form.getByLabel('Heure de début').fill('16:00')
  await form.getByLabel('Ajouter un contact').fill(email)
  await form.getByRole('button', { name: new RegExp(`^Ajouter .*${lastName}`) }).click()
  // The agent in charge is not offered as their own co-agent.
  const coAgents = form.getByRole('group', { name: 'Agents associés' })
  await expect(coAgents.getByRole('checkbox', { name: admin.user.name })).toHaveCount(0)
  await coAgents.getByRole('checkbox', { name: coAgent.name }).check()
  await checkPage(page, 'visit-form-co-agents')
  await form.getByRole('button', { name: 'Planifier', exact: true }).click()
  await expect(form).toBeHidden()
  const listed = await (await admin.context.get(`/api/v1/visits?property_id=${property.id}`)).json()
  expect(listed.items).toHaveLength(1)
  const visit = listed.items[0] as { id: number; agent_ids: number[] }
  expect(visit.agent_ids).toEqual([admin.user.id, coAgent.id])

  // Opened again from the calendar: the co-agent is named, and checked in the form; a second one joins.
  await page.goto(`/agenda?date=${day}`)
  await waitForPage(page)
  await page.locator('.fc-timegrid-event').filter({ hasText: property.title }).click()
  const summary = page.getByRole('dialog', { name: 'Visite' })
  await expect(summary).toContainText(coAgent.name)
  await summary.getByRole('button', { name: 'Modifier ou déplacer' }).click()
  const change = page.getByRole('dialog', { name: 'Modifier le rendez-vous' })
  const chosen = change.getByRole('group', { name: 'Agents associés' })
  await expect(chosen.getByRole('checkbox', { name: coAgent.name })).toBeChecked()
  await chosen.getByRole('checkbox', { name: manager.name }).check()
  await change.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(change).toBeHidden()
  const stored = await (await admin.context.get(`/api/v1/visits/${visit.id}`)).json()
  // The agent in charge first, then the co-agents (in no particular order).
  expect(stored.agent_ids[0]).toBe(admin.user.id)
  expect(stored.agent_ids).toHaveLength(3)
  expect(stored.agent_ids).toEqual(expect.arrayContaining([coAgent.id, manager.id]))

  await page.goto(`/visites/${visit.id}`)
  const details = page.getByRole('region', { name: 'Détails' })
  const coAgentsFact = details.locator('dt:text-is("Agents associés") + dd')
  await expect(coAgentsFact).toContainText(coAgent.name)
  await expect(coAgentsFact).toContainText(manager.name)
  await checkPage(page, 'visit-co-agents')

  // The co-agent, an agent who may not list the agency's users, reads the same names: the visit carries them.
  await page.context().clearCookies()
  await loginAs(page, DEMO.agent)
  await page.goto(`/visites/${visit.id}`)
  await expect(page.getByRole('region', { name: 'Détails' }).locator('dt:text-is("Agents associés") + dd')).toContainText(
    manager.name,
  )
})

test('the visits settings section saves the reminder offsets', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres')
  await page.getByRole('navigation', { name: 'Sections des paramètres' }).getByRole('link', { name: 'Visites' }).click()
  await expect(page).toHaveURL('/parametres/visites')
  const settings = page.getByRole('region', { name: 'Rappels et fuseau horaire' })
  const offsets = settings.getByRole('list', { name: 'Rappels prévus' })
  await expect(offsets.getByText('24\u00a0h avant')).toBeVisible()

  await settings.getByLabel('Délai').fill('0')
  await settings.getByRole('button', { name: 'Ajouter le rappel' }).click()
  await expect(settings.getByText('Saisissez un délai entre 5\u00a0minutes et 14\u00a0jours.')).toBeVisible()

  await settings.getByLabel('Délai').fill('30')
  await settings.getByLabel('Unité').selectOption('minutes')
  await settings.getByRole('button', { name: 'Ajouter le rappel' }).click()
  await settings.getByRole('button', { name: 'Retirer le rappel 2\u00a0h avant' }).click()
  await settings.getByRole('button', { name: 'Enregistrer les réglages' }).click()
  await expect(settings.getByText('Réglages des visites enregistrés.')).toBeVisible()

  await page.reload()
  const reloaded = page.getByRole('region', { name: 'Rappels et fuseau horaire' }).getByRole('list', { name: 'Rappels prévus' })
  await expect(reloaded.getByRole('listitem')).toHaveText([/^24\u00a0h avant/, /^30\u00a0min avant/])
  const admin = await apiSession(DEMO.admin)
  const stored = await (await admin.context.get('/api/v1/visit-settings')).json()
  expect(stored.reminder_offsets_minutes).toEqual([1440, 30])

  // Put the defaults back for the other tests.
  const restored = await admin.context.fetch('/api/v1/visit-settings', {
    method: 'PUT',
    headers: { 'X-CSRF-Token': admin.csrf },
    data: { ...stored, reminder_offsets_minutes: [1440, 120] },
  })
  expect(restored.status()).toBe(200)
})

test('an agent sets their working hours and an unavailability on their profile', async ({ page }) => {
  await loginAs(page, DEMO.agent2)
  await page.goto('/profil')
  const mine = page.getByRole('region', { name: 'Mes disponibilités' })
  await mine.getByRole('button', { name: 'Ajouter une plage (Lundi)' }).click()
  await mine.getByRole('button', { name: 'Ajouter une plage (Lundi)' }).click()
  await mine.getByLabel('Fin (Lundi, plage 2)').fill('18:30')
  await mine.getByRole('button', { name: 'Enregistrer les horaires' }).click()
  await expect(mine.getByText('Horaires enregistrés.')).toBeVisible()

  const day = weekdayFromNow(10)
  await mine.getByLabel('Début', { exact: true }).fill(`${day}T09:00`)
  await mine.getByLabel('Fin', { exact: true }).fill(`${day}T12:00`)
  await mine.getByLabel('Motif (facultatif)').fill('Formation')
  await mine.getByRole('button', { name: 'Ajouter l’indisponibilité' }).click()
  await expect(mine.getByText('Formation')).toBeVisible()

  await page.reload()
  const reloaded = page.getByRole('region', { name: 'Mes disponibilités' })
  await expect(reloaded.getByLabel('Fin (Lundi, plage 2)')).toHaveValue('18:30')
  await expect(reloaded.getByText(/^Du .*09:00 au .*12:00/)).toBeVisible()
  await expect(reloaded.getByText('Formation')).toBeVisible()
})

for (const [label, viewport] of [
  ['1280', DESKTOP_VIEWPORT],
  ['375', MOBILE_VIEWPORT],
] as const) {
  test(`axe: the visit page, the property's visits, the visits settings and the profile at ${label} px`, async ({ page }) => {
    await page.setViewportSize(viewport)
    const admin = await apiSession(DEMO.admin)
    const visit = await createPastVisit(admin, label === '1280' ? 5 : 6, 13)
    await loginAs(page, DEMO.admin)

    await page.goto(`/visites/${visit.id}`)
    await checkPage(page, `visit-${label}`)
    const voucher = page.getByRole('region', { name: 'Bon de visite' })
    await voucher.getByRole('button', { name: 'Faire signer' }).click()
    await checkPage(page, `visit-signing-${label}`)

    await page.goto(`/biens/${visit.property.id}`)
    await expect(page.getByRole('region', { name: 'Aperçu du compte-rendu' })).toBeVisible()
    await checkPage(page, `property-visits-${label}`)

    await page.goto('/parametres/visites')
    await expect(page.getByRole('region', { name: /^Disponibilités de / })).toBeVisible()
    await checkPage(page, `visit-settings-${label}`)

    await page.goto('/profil')
    await expect(page.getByRole('region', { name: 'Mon agenda sur mon téléphone' })).toBeVisible()
    await checkPage(page, `profile-visits-${label}`)
  })
}
