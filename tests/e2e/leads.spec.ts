import { expect, test, type Page } from '@playwright/test'
import {
  BASE_URL,
  DEMO,
  DESKTOP_VIEWPORT,
  MOBILE_VIEWPORT,
  apiSession,
  checkPage,
  expectHeading,
  loginAs,
  uniqueSuffix,
  type ApiSession,
} from './fixtures'
import { createLead } from './leadData'
import { createProperty } from './propertyData'

// The agency's own site, as a browser sees it: another origin than Logis (localhost, not 127.0.0.1),
// serving the form snippet copied from the lead settings.
const SITE_ORIGIN = BASE_URL.replace('127.0.0.1', 'localhost')

interface LeadSettings {
  allowed_origins: string[]
  assignment_mode: string
  form_snippet: string
}

async function leadSettings(admin: ApiSession): Promise<LeadSettings> {
  const response = await admin.context.get('/api/v1/lead-settings')
  expect(response.status()).toBe(200)
  return (await response.json()) as LeadSettings
}

async function column(page: Page, status: string) {
  return page.getByRole('region', { name: new RegExp(`^${status}`) })
}

test('a lead captured by the site form is assigned, called, moved on the board, matched and proposed a property', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const suffix = uniqueSuffix()
  const lastName = `Formulaire ${suffix}`
  const email = `site-${suffix}@demo.logis.test`
  const admin = await apiSession(DEMO.admin)
  const before = await leadSettings(admin)
  const patched = await admin.send('PATCH', '/api/v1/lead-settings', {
    allowed_origins: [...before.allowed_origins, SITE_ORIGIN],
    assignment_mode: 'round_robin',
  })
  expect(patched.status(), await patched.text()).toBe(200)
  const { form_snippet: snippet } = await leadSettings(admin)
  expect(snippet).toContain('/api/v1/public/leads')

  try {
    // 1. A visitor of the agency's site fills in the form and sends it.
    await page.route(`${SITE_ORIGIN}/nous-contacter`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Agence</title></head><body>${snippet}</body></html>`,
      }),
    )
    await page.goto(`${SITE_ORIGIN}/nous-contacter`)
    await page.getByLabel('Prénom', { exact: true }).fill('Inès')
    await page.getByLabel('Nom', { exact: true }).fill(lastName)
    await page.getByLabel('E-mail', { exact: true }).fill(email)
    await page.getByLabel('Téléphone', { exact: true }).fill('06 11 22 33 44')
    await page.getByLabel('Message', { exact: true }).fill('Je cherche un appartement à Lyon, 3 pièces.')
    await page.locator('#logis-consent-email').check()
    await Promise.all([page.waitForURL(/\/api\/v1\/public\/leads$/), page.getByRole('button', { name: 'Envoyer' }).click()])
    // Without JavaScript the visitor reads Logis's thank-you page, with a link back to the site.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merci, votre demande est envoyée')
    await expect(page.getByRole('link', { name: 'Revenir au site de l’agence' })).toHaveAttribute('href', new RegExp(`^${SITE_ORIGIN}`))

    // 2. The lead exists and went to an agent by round robin.
    const listed = await admin.context.get(`/api/v1/leads?q=${encodeURIComponent(email)}`)
    const { items } = (await listed.json()) as { items: { id: number; assigned_to: number | null; assigned_name: string }[] }
    expect(items).toHaveLength(1)
    const lead = items[0]
    expect(lead.assigned_to).not.toBeNull()
    const agents = await Promise.all([apiSession(DEMO.agent), apiSession(DEMO.agent2)])
    const assignee = agents.find((agent) => agent.user.id === lead.assigned_to)
    const assigneeEmail = assignee?.user.email ?? DEMO.admin

    // 3. The assignee finds it among their leads, in the "Nouveau" column.
    await loginAs(page, assigneeEmail)
    await page.goto('/leads')
    await expectHeading(page, 'Leads')
    await page.getByLabel('Agent').selectOption({ label: 'Mes leads' })
    await page.getByLabel('Nom, e-mail ou téléphone').fill(email)
    await page.getByRole('button', { name: 'Filtrer' }).click()
    const card = (await column(page, 'Nouveau')).getByRole('link', { name: `Inès ${lastName}` })
    await expect(card).toBeVisible()
    await expect(card.locator('xpath=ancestor::li[1]').getByText(lead.assigned_name)).toBeVisible()

    // 4. Moved to "En cours" from the keyboard, and told so.
    await card.focus()
    await page.keyboard.press('Alt+ArrowRight')
    const moved = (await column(page, 'En cours')).getByRole('link', { name: `Inès ${lastName}` })
    await expect(moved).toBeVisible()
    await expect(moved).toBeFocused()
    await expect(page.getByRole('status').filter({ hasText: `Inès ${lastName} déplacé vers « En cours ».` })).toBeAttached()
    const stored = await admin.context.get(`/api/v1/leads/${lead.id}`)
    expect(((await stored.json()) as { status: string }).status).toBe('in_progress')

    // 5. The call is logged from the lead's page in two clicks.
    await moved.click()
    await expectHeading(page, `Lead de Inès ${lastName}`)
    await page.getByRole('button', { name: 'Journaliser un appel' }).click()
    await page.getByLabel('Résumé').fill(`Rappel fait ${suffix}: visite souhaitée samedi`)
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    const timeline = page.getByRole('region', { name: 'Historique' })
    const call = timeline.getByRole('listitem').filter({ hasText: `Rappel fait ${suffix}: visite souhaitée samedi` })
    await expect(call).toBeVisible()
    await expect(call).toContainText('Appel')
    await expect(page.getByRole('button', { name: 'Journaliser un appel' })).toBeFocused()
    await timeline.getByLabel('Type d’échange').selectOption({ label: 'Note' })
    await expect(call).toBeHidden()
    await timeline.getByLabel('Type d’échange').selectOption({ label: 'Tous les types' })
    await expect(call).toBeVisible()

    // 6. Criteria from the call; a property that fits shows among the matches and is proposed.
    const property = await createProperty(admin, {
      title: `T3 Part-Dieu ${suffix}`,
      city: 'Lyon',
      postal_code: '69003',
      price_cents: 29_000_000,
      rooms: 3,
    })
    const criteria = page.getByRole('region', { name: 'Critères de recherche' })
    await criteria.getByRole('button', { name: 'Ajouter une recherche' }).click()
    await criteria.getByLabel('Projet').selectOption({ label: 'Vente' })
    await criteria.getByRole('checkbox', { name: 'Appartement' }).check()
    await criteria.getByLabel('Budget maximum (€)').fill('300 000')
    await criteria.getByLabel('Pièces minimum').fill('3')
    await criteria.getByLabel('Villes').fill('Lyon')
    await criteria.getByRole('button', { name: 'Enregistrer les critères' }).click()
    await expect(criteria.getByText('Les critères ont été enregistrés.')).toBeVisible()

    const matches = page.getByRole('region', { name: 'Biens correspondants' })
    const match = matches.getByRole('listitem').filter({ hasText: property.title })
    await expect(match).toBeVisible()
    await match.getByRole('button', { name: /^Proposer/ }).click()
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Proposition' }).first()).toBeVisible()
  } finally {
    await admin.send('PATCH', '/api/v1/lead-settings', {
      allowed_origins: before.allowed_origins,
      assignment_mode: before.assignment_mode,
    })
  }
})

test('a lead moved to "Perdu" asks the reason first, by the "Déplacer" menu', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const lead = await createLead(admin, { assigned_to: admin.user.id })
  const name = `${lead.contact.first_name} ${lead.contact.last_name}`
  await loginAs(page, DEMO.admin)
  await page.goto(`/leads?q=${encodeURIComponent(lead.contact.email ?? '')}`)
  await page.getByRole('button', { name: `Déplacer ${name}` }).click()
  await page.getByRole('button', { name: 'Vers « Perdu »' }).click()
  const dialog = page.getByRole('dialog', { name: `Pourquoi le lead de ${name} est-il perdu ?` })
  await dialog.getByRole('button', { name: 'Marquer comme perdu' }).click()
  await expect(dialog.getByText('Indiquez le motif de la perte.')).toBeVisible()
  await dialog.getByLabel('Motif de la perte').fill('A acheté ailleurs')
  await dialog.getByRole('button', { name: 'Marquer comme perdu' }).click()
  await expect(dialog).toBeHidden()
  await expect((await column(page, 'Perdu')).getByRole('link', { name })).toBeVisible()
  const stored = (await (await admin.context.get(`/api/v1/leads/${lead.id}`)).json()) as { status: string; lost_reason: string }
  expect(stored).toMatchObject({ status: 'lost', lost_reason: 'A acheté ailleurs' })
})

test('a card dragged to another column changes the lead\'s status', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const lead = await createLead(admin, { assigned_to: admin.user.id })
  const name = `${lead.contact.first_name} ${lead.contact.last_name}`
  await loginAs(page, DEMO.admin)
  await page.goto(`/leads?q=${encodeURIComponent(lead.contact.email ?? '')}`)
  await (await column(page, 'Nouveau')).getByRole('link', { name }).dragTo(await column(page, 'Converti'))
  await expect((await column(page, 'Converti')).getByRole('link', { name })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: `${name} déplacé vers « Converti ».` })).toBeAttached()
  await expect
    .poll(async () => ((await (await admin.context.get(`/api/v1/leads/${lead.id}`)).json()) as { status: string }).status)
    .toBe('converted')
})

test('the quick entry from a phone call creates the lead in one dialog, source already "Téléphone"', async ({ page }) => {
  const suffix = uniqueSuffix()
  const admin = await apiSession(DEMO.admin)
  const property = await createProperty(admin, { reference: `TEL-${suffix}` })
  await loginAs(page, DEMO.agent)
  await page.goto('/leads')
  await page.getByRole('button', { name: 'Saisir un appel' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouveau lead par téléphone' })
  await expect(dialog.getByLabel('Téléphone')).toBeFocused()
  await expect(dialog.getByLabel('Source')).toHaveValue('phone')
  await page.keyboard.type('0611223399')
  await dialog.getByLabel('Prénom').fill('Lucas')
  await dialog.getByLabel('Nom de famille').fill(`Appel ${suffix}`)
  await dialog.getByLabel('Référence du bien').fill(`TEL-${suffix}`)
  await dialog.getByLabel('Note').fill('Veut visiter vite.')
  await dialog.getByRole('button', { name: 'Créer le lead' }).click()
  await expectHeading(page, `Lead de Lucas Appel ${suffix}`)
  await expect(page.getByText('Le lead a été créé.')).toBeVisible()
  await expect(page.getByRole('link', { name: new RegExp(`TEL-${suffix}`) })).toHaveAttribute('href', `/biens/${property.id}`)
  await expect(page.getByText('06 11 22 33 99')).toBeVisible()
})

test('a search\'s zone is drawn on a map, saved with the criteria, and can be drawn again', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const lead = await createLead(admin, { assigned_to: admin.user.id })
  await loginAs(page, DEMO.admin)
  await page.goto(`/leads/${lead.id}`)
  const criteria = page.getByRole('region', { name: 'Critères de recherche' })
  await criteria.getByRole('button', { name: 'Ajouter une recherche' }).click()
  await criteria.getByLabel('Projet').selectOption({ label: 'Vente' })
  await criteria.getByRole('button', { name: 'Dessiner une zone sur la carte' }).click()
  const map = criteria.getByRole('region', { name: 'Carte de la zone recherchée' })
  await expect(map).toBeVisible()
  await expect(criteria.getByRole('button', { name: 'Terminer la zone' })).toBeVisible()
  await checkPage(page, 'lead criteria zone map')
  await map.scrollIntoViewIfNeeded()
  const box = await map.boundingBox()
  if (!box) throw new Error('the map has no box')
  for (const [x, y] of [
    [0.3, 0.3],
    [0.7, 0.3],
    [0.5, 0.7],
  ]) {
    await page.mouse.click(box.x + box.width * x, box.y + box.height * y)
  }
  await expect(criteria.getByText('Points placés : 3')).toBeVisible()
  await criteria.getByRole('button', { name: 'Terminer la zone' }).click()
  await expect(criteria.getByText('Zone dessinée sur la carte (3 points).')).toBeVisible()
  await expect(criteria.getByRole('button', { name: 'Redessiner la zone' })).toBeFocused()
  await criteria.getByRole('button', { name: 'Enregistrer les critères' }).click()
  await expect(criteria.getByText('Les critères ont été enregistrés.')).toBeVisible()

  const stored = (await (await admin.context.get(`/api/v1/leads/${lead.id}`)).json()) as {
    criteria: { polygon: [number, number][] | null }[]
  }
  expect(stored.criteria[0].polygon).toHaveLength(3)
  // Drawn in the middle of France: the corners are French latitudes and longitudes.
  for (const [lat, lon] of stored.criteria[0].polygon ?? []) {
    expect(lat).toBeGreaterThan(41)
    expect(lat).toBeLessThan(52)
    expect(lon).toBeGreaterThan(-5.5)
    expect(lon).toBeLessThan(10)
  }
  await page.reload()
  await expect(criteria.getByText('Zone dessinée sur la carte (3 points).')).toBeVisible()
})

for (const [label, viewport] of [
  ['desktop', DESKTOP_VIEWPORT],
  ['mobile', MOBILE_VIEWPORT],
] as const) {
  test.describe(`Leads: axe finds no WCAG 2.1 AA violation (${label})`, () => {
    test.use({ viewport })

    test('the board, the list, the quick entry and a lead page', async ({ page }) => {
      const admin = await apiSession(DEMO.admin)
      const lead = await createLead(admin, {
        priority: 'high',
        next_action_at: '2026-01-05T09:00:00Z',
        criteria: [{ transaction: 'sale', property_types: ['apartment'], budget_max_cents: 30_000_000, cities: ['Lyon'] }],
      })
      await admin.send('POST', `/api/v1/leads/${lead.id}/interactions`, {
        type: 'note',
        summary: 'Premier échange',
      })
      await loginAs(page, DEMO.admin)
      await page.goto('/leads')
      await checkPage(page, `${label}-leads-board`)
      await page.getByRole('button', { name: /^Déplacer/ }).first().click()
      await checkPage(page, `${label}-leads-board-move-menu`)
      await page.goto('/leads?view=list')
      await expect(page.getByRole('table')).toBeVisible()
      await checkPage(page, `${label}-leads-list`)
      await page.getByRole('button', { name: 'Saisir un appel' }).click()
      await page.getByRole('button', { name: 'Créer le lead' }).click()
      await expect(page.getByText('Saisissez un téléphone ou un e-mail.').first()).toBeVisible()
      await checkPage(page, `${label}-leads-quick-entry`)
      await page.goto(`/leads/${lead.id}`)
      await expect(page.getByText('Premier échange')).toBeVisible()
      await page.getByRole('button', { name: 'Journaliser un appel' }).click()
      await checkPage(page, `${label}-lead-detail`)
    })
  })
}
