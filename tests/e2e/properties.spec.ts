import { expect, test, type Page } from '@playwright/test'
import { DEMO, apiSession, expectHeading, loginAs, uniqueSuffix, waitForPage } from './fixtures'
import { createProperty, drawJpegs } from './propertyData'

async function captionsInOrder(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Photos dans l’ordre de l’annonce' })
  return list.getByRole('textbox').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
}

async function setCaption(page: Page, number: number, caption: string): Promise<void> {
  await page.getByLabel(`Légende de la photo ${number}`).fill(caption)
  await page.getByRole('button', { name: `Enregistrer la légende photo ${number}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Légende enregistrée.' })).toBeVisible()
}

test('a property is created with the full form, gets three photos, reordered from the keyboard, and a cover', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = uniqueSuffix()
  const title = `Maison de ville ${suffix}`
  await loginAs(page, DEMO.admin)
  await page.goto('/biens')
  await page.getByRole('link', { name: 'Nouveau bien' }).click()
  await expectHeading(page, 'Nouveau bien')

  // Général
  await page.getByRole('radio', { name: 'Vente' }).check()
  await page.getByLabel('Type de bien (obligatoire)').selectOption({ label: 'Maison' })
  await page.getByLabel('Statut').selectOption({ label: 'Disponible' })
  await page.getByLabel('Titre (obligatoire)').fill(title)
  await page.getByLabel('Référence').fill(`E2E-${suffix}`)
  await page.getByLabel('Description').fill(`Maison lumineuse avec jardin, mot-clé ${suffix}.`)

  // Prix
  await page.getByLabel('Prix honoraires inclus (€)').fill('420 000')
  await page.getByLabel('Honoraires (€)').fill('20 000')
  await page.getByLabel('Honoraires à la charge de').selectOption({ label: 'Vendeur' })
  await expect(page.getByText(/Prix hors honoraires\s*: 400\s000\s€. Honoraires\s*: 5\s%/)).toBeVisible()

  // Localisation: the fake geocoder when the server has one, the map otherwise.
  await page.getByLabel('Rue').fill('12 rue de la Paix')
  await page.getByLabel('Code postal').fill('75002')
  await page.getByLabel('Ville', { exact: true }).fill('Paris')
  await page.getByLabel('Adresse à rechercher').fill('12 rue de la Paix 75002 Paris')
  await page.getByRole('button', { name: 'Rechercher l’adresse' }).click()
  const unavailable = page.getByText('La recherche d’adresse est indisponible pour le moment.', { exact: false })
  const firstResult = page.getByRole('button', { name: /^Utiliser/ }).first()
  await expect(unavailable.or(firstResult)).toBeVisible()
  if (await unavailable.isVisible()) {
    const map = page.getByTestId('location-map')
    await map.click({ position: { x: 160, y: 120 } })
  } else {
    await firstResult.click()
    await expect(page.getByText(/^Adresse retenue/)).toBeVisible()
  }
  await expect(page.getByLabel('Latitude')).not.toHaveValue('')
  await expect(page.getByLabel('Longitude')).not.toHaveValue('')
  await expect(page.getByRole('button', { name: 'Emplacement du bien' })).toBeVisible()
  await page.getByLabel('Montrer l’adresse exacte aux clients').check()

  // Surfaces et pièces
  await page.getByLabel('Surface habitable (m²)').fill('112,5')
  await page.getByLabel('Surface du terrain (m²)').fill('240')
  await page.getByLabel('Pièces', { exact: true }).fill('5')
  await page.getByLabel('Chambres', { exact: true }).fill('3')
  await page.getByLabel('Salles de bains').fill('2')
  await page.getByLabel('Étage', { exact: true }).fill('0')
  await page.getByLabel('Nombre d’étages').fill('2')
  await page.getByLabel('Année de construction').fill('1928')

  // Équipements
  for (const feature of ['Jardin', 'Terrasse', 'Cave', 'Cheminée']) {
    await page.getByRole('checkbox', { name: feature, exact: true }).check()
  }

  // Diagnostic énergétique
  await page.getByRole('radio', { name: 'Réalisé' }).check()
  await page.getByRole('group', { name: 'Classe énergie (DPE)' }).getByRole('radio', { name: /^C/ }).check()
  await page.getByLabel('Consommation d’énergie (kWh/m²/an)').fill('150')
  // The climate class from the keyboard: arrow keys move within a radio group.
  const ges = page.getByRole('group', { name: 'Classe climat (GES)' })
  await ges.getByRole('radio', { name: /^A/ }).check()
  await page.keyboard.press('ArrowDown')
  await expect(ges.getByRole('radio', { name: /^B/ })).toBeChecked()
  await page.getByLabel('Émissions de gaz à effet de serre (kg CO₂/m²/an)').fill('9')
  await page.getByLabel('Dépenses annuelles d’énergie, minimum (€)').fill('1 200')
  await page.getByLabel('Dépenses annuelles d’énergie, maximum (€)').fill('1 700')
  await page.getByLabel('Année des prix de référence').fill('2023')
  await page.getByLabel('Date du diagnostic').fill('2025-11-04')

  // Copropriété
  await page.getByLabel('Bien en copropriété').check()
  await page.getByLabel('Nombre de lots').fill('12')
  await page.getByLabel('Charges annuelles de copropriété (€)').fill('1 800')

  // Mandat et propriétaire
  await page.getByLabel('Type de mandat').selectOption({ label: 'Exclusif' })
  await page.getByLabel('Numéro de mandat').fill(`M-${suffix}`)
  await page.getByLabel('Début du mandat').fill('2026-01-15')
  await page.getByLabel('Fin du mandat').fill('2026-07-15')
  await page.getByLabel('Nom du propriétaire').fill('Hélène Garnier')
  await page.getByLabel('Téléphone du propriétaire').fill('06 12 34 56 78')
  await page.getByLabel('E-mail du propriétaire').fill('helene.garnier@example.test')
  await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'Sophie Dubois' })

  await page.getByRole('button', { name: 'Créer le bien' }).click()
  await expect(page).toHaveURL(/\/biens\/\d+$/)
  await expectHeading(page, title)
  await expect(page.getByText('Le bien a été créé.', { exact: false })).toBeVisible()
  const price = page.getByRole('region', { name: 'Prix honoraires inclus' })
  await expect(price).toContainText(/420\s000\s€/)
  await expect(price).toContainText(/400\s000\s€/)
  await expect(price).toContainText(/5\s% du prix hors honoraires/)
  await expect(price).toContainText('Vendeur')
  await expect(page.getByRole('region', { name: 'Diagnostic énergétique' })).toContainText('Classe énergie (DPE) : C')
  await expect(page.getByRole('region', { name: 'Mandat et propriétaire' })).toContainText('Sophie Dubois')
  await expect(page.getByRole('region', { name: 'Caractéristiques' })).toContainText('Cheminée')
  const publish = page.getByRole('region', { name: 'Prêt à publier' })
  await expect(publish).toContainText('au moins une photo')

  // Four files at once: one request and one progress bar each. The one that is not an image says
  // why, in the server's words, and the three others still go.
  const files = await drawJpegs(page, ['#b91c1c', '#15803d', '#1d4ed8'])
  const notAnImage = { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('pas une image') }
  await page.getByLabel('Ajouter des photos').setInputFiles([files[0], notAnImage, files[1], files[2]])
  const uploads = page.getByRole('list', { name: 'Envois en cours' })
  await expect(uploads.getByRole('progressbar')).toHaveCount(4)
  await expect(uploads.getByText('Envoyée', { exact: true })).toHaveCount(3, { timeout: 20_000 })
  const failed = uploads.getByRole('listitem').filter({ hasText: 'notes.jpg' })
  await expect(failed).toContainText(/Échec\s*:\s*Ce fichier n.est pas une image/)
  const manageList = page.getByRole('list', { name: 'Photos dans l’ordre de l’annonce' })
  await expect(manageList.getByRole('listitem')).toHaveCount(3)
  await expect(publish).not.toContainText('au moins une photo')

  await setCaption(page, 1, 'Rouge')
  await setCaption(page, 2, 'Vert')
  await setCaption(page, 3, 'Bleu')
  await expect.poll(() => captionsInOrder(page)).toEqual(['Rouge', 'Vert', 'Bleu'])

  // Reorder from the keyboard: the focus follows the photo it moves.
  await page.getByRole('button', { name: 'Déplacer après photo 1' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Photo déplacée en position 2 sur 3.' })).toBeVisible()
  await expect.poll(() => captionsInOrder(page)).toEqual(['Vert', 'Rouge', 'Bleu'])
  await expect(page.getByRole('button', { name: 'Déplacer après photo 2' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Photo déplacée en position 3 sur 3.' })).toBeVisible()
  await expect.poll(() => captionsInOrder(page)).toEqual(['Vert', 'Bleu', 'Rouge'])
  await expect(page.getByRole('button', { name: 'Déplacer avant photo 3' })).toBeFocused()

  // With the mouse, the second photo is dragged to the front.
  const items = manageList.getByRole('listitem')
  await items.nth(0).scrollIntoViewIfNeeded()
  await items.nth(1).locator('img').dragTo(items.nth(0).locator('img'))
  await expect.poll(() => captionsInOrder(page)).toEqual(['Bleu', 'Vert', 'Rouge'])

  // Whichever photo the server made the cover, the second one becomes it.
  await page.getByRole('button', { name: 'Choisir comme couverture photo 2' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Nouvelle photo de couverture enregistrée.' })).toBeVisible()

  // What the server kept.
  await page.reload()
  await waitForPage(page)
  await expect.poll(() => captionsInOrder(page)).toEqual(['Bleu', 'Vert', 'Rouge'])
  await expect(manageList.getByRole('listitem').nth(1)).toContainText('Couverture')
  await expect(manageList.getByRole('listitem').nth(2)).not.toContainText('Couverture')

  // The cover is the card's thumbnail in the list.
  await page.goto(`/biens?view=cards&q=${suffix}`)
  const card = page.getByRole('listitem').filter({ hasText: title })
  await expect(card.locator('img')).toHaveAttribute('src', /\/photos\/\d+\/thumb$/)
})

test('a property is found by filters, by full text, and on the map inside a drawn zone', async ({ page }) => {
  test.setTimeout(90_000)
  const admin = await apiSession(DEMO.admin)
  const word = `zq${uniqueSuffix()}`
  const city = `Bourg-Témoin-${word}`
  const inside = await createProperty(admin, {
    title: `Longère ${word}`,
    description: `Longère restaurée, mot-clé ${word}.`,
    type: 'house',
    city,
    postal_code: '19000',
    lat: 45.2,
    lon: 1.6,
    price_cents: 18_900_000,
  })
  const outside = await createProperty(admin, {
    title: `Appartement ${word}`,
    description: `Appartement, mot-clé ${word}.`,
    city: 'Strasbourg',
    postal_code: '67000',
    lat: 48.58,
    lon: 7.75,
    price_cents: 29_000_000,
  })
  await loginAs(page, DEMO.admin)

  // Full text
  await page.goto('/biens')
  await waitForPage(page)
  await page.getByLabel('Recherche', { exact: true }).fill(word)
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`q=${word}`))
  await expect(page.getByRole('status').filter({ hasText: '2 biens' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Liste des biens' })
  await expect(table.getByRole('link', { name: inside.reference })).toBeVisible()
  await expect(table.getByRole('link', { name: outside.reference })).toBeVisible()

  // Filters: type, city, price, added to the search in force.
  await page.getByRole('button', { name: /^Filtres/ }).click()
  await page.getByRole('checkbox', { name: 'Maison', exact: true }).check()
  await page.getByLabel('Ville ou code postal').fill(city)
  await page.getByLabel('Prix maximum (€)').fill('200 000')
  await page.getByRole('button', { name: 'Appliquer les filtres' }).click()
  await expect(page).toHaveURL(/type=house/)
  await expect(page).toHaveURL(/price_max=20000000/)
  await expect(page.getByRole('status').filter({ hasText: '1 bien' })).toBeVisible()
  await expect(table.getByRole('link', { name: inside.reference })).toBeVisible()
  await expect(table.getByRole('link', { name: outside.reference })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Filtres (3)' })).toBeVisible()

  // The address bar holds the search: Back returns to the previous one, a reload keeps it.
  await page.goBack()
  await expect(page.getByRole('status').filter({ hasText: '2 biens' })).toBeVisible()
  await page.goForward()
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: '1 bien' })).toBeVisible()

  // The map, same text search: two markers; a zone drawn around one keeps only it.
  await page.goto(`/biens?q=${word}&view=map`)
  await waitForPage(page)
  const marker = page.getByRole('button', { name: `${inside.reference} – Longère ${word}` })
  await expect(marker).toBeVisible()
  await expect(page.getByRole('button', { name: new RegExp(`^${outside.reference} – `) })).toBeVisible()
  // The drawing tool's instructions push the map down: measure the marker once they show.
  await page.getByRole('button', { name: 'Dessiner une zone' }).click()
  await expect(page.getByRole('button', { name: 'Terminer la zone' })).toBeVisible()
  await marker.scrollIntoViewIfNeeded()
  const box = await marker.boundingBox()
  if (!box) throw new Error('marker has no box')
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  for (const [dx, dy] of [
    [-45, -45],
    [45, -45],
    [45, 45],
    [-45, 45],
  ]) {
    await page.mouse.click(centre.x + dx, centre.y + dy)
  }
  await expect(page.getByText('Points placés : 4')).toBeVisible()
  await page.getByRole('button', { name: 'Terminer la zone' }).click()
  await expect(page).toHaveURL(/polygon=/)
  await expect(page.getByText('La recherche est limitée à la zone dessinée sur la carte.')).toBeVisible()
  await expect(marker).toBeVisible()
  await expect(page.getByRole('button', { name: new RegExp(`^${outside.reference} – `) })).toHaveCount(0)

  // The zone applies to every view.
  await page.getByRole('button', { name: 'Tableau' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 bien' })).toBeVisible()
  await expect(table.getByRole('link', { name: inside.reference })).toBeVisible()

  await page.getByRole('button', { name: 'Effacer la zone' }).click()
  await expect(page).not.toHaveURL(/polygon=/)
  await expect(page.getByRole('status').filter({ hasText: '2 biens' })).toBeVisible()
})

test('a zone is drawn from the keyboard: the arrow keys move the map, a button adds its centre', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/biens?view=map')
  await waitForPage(page)
  const map = page.getByRole('region', { name: 'Carte des biens' })
  await expect(page.getByRole('button', { name: 'Zoom avant' })).toBeVisible()
  await page.getByRole('button', { name: 'Dessiner une zone' }).focus()
  await page.keyboard.press('Enter')
  const addCentre = page.getByRole('button', { name: 'Ajouter le centre de la carte' })
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) {
    await addCentre.focus()
    await page.keyboard.press('Enter')
    await map.focus()
    for (let i = 0; i < 3; i += 1) await page.keyboard.press(key)
  }
  await expect(page.getByText('Points placés : 3')).toBeVisible()
  await page.getByRole('button', { name: 'Terminer la zone' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/polygon=/)
  const polygon = new URL(page.url()).searchParams.get('polygon') ?? ''
  expect(polygon.split(';')).toHaveLength(3)
  expect(polygon).toMatch(/^(-?\d+(\.\d+)?,-?\d+(\.\d+)?;?){3}$/)
  await expect(page.getByText('La recherche est limitée à la zone dessinée sur la carte.')).toBeVisible()
  // The tool closes and gives the focus back to its button.
  await expect(page.getByRole('button', { name: 'Dessiner une zone' })).toBeFocused()
})

test('the server’s validation messages show beside their fields, with a summary linking to them', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/biens/nouveau')
  await waitForPage(page)
  await page.getByLabel('Titre (obligatoire)').fill(`Studio ${uniqueSuffix()}`)

  // The client check first: nothing is sent.
  await page.getByLabel('Prix honoraires inclus (€)').fill('-5')
  await page.getByRole('button', { name: 'Créer le bien' }).click()
  await expect(page.getByLabel('Prix honoraires inclus (€)')).toHaveAccessibleDescription(
    /Le montant doit être supérieur à 0\./,
  )

  // Then values the client would refuse, sent anyway: the server is the authority.
  await page.getByLabel('Prix honoraires inclus (€)').fill('150 000')
  await page.route('**/api/v1/properties', async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    const body = route.request().postDataJSON() as Record<string, unknown>
    await route.continue({ postData: JSON.stringify({ ...body, price_cents: -100, lat: 95, lon: 2.35 }) })
  })
  const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/properties') && r.request().method() === 'POST')
  await page.getByRole('button', { name: 'Créer le bien' }).click()
  expect((await response).status()).toBe(422)
  await expect(page).toHaveURL('/biens/nouveau')

  const priceField = page.getByLabel('Prix honoraires inclus (€)')
  const latField = page.getByLabel('Latitude')
  await expect(priceField).toHaveAttribute('aria-invalid', 'true')
  await expect(latField).toHaveAttribute('aria-invalid', 'true')
  const priceError = page.locator('#property-price_cents-error')
  const latError = page.locator('#property-lat-error')
  await expect(priceError).not.toBeEmpty()
  await expect(latError).not.toBeEmpty()
  await expect(priceField).toHaveAccessibleDescription(new RegExp((await priceError.innerText()).slice(0, 20)))

  const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' })
  await expect(summary).toBeVisible()
  await summary.getByRole('link', { name: /^Latitude/ }).click()
  await expect(latField).toBeFocused()
  await summary.getByRole('link', { name: /^Prix honoraires inclus/ }).click()
  await expect(priceField).toBeFocused()
})

test('a property is archived after confirmation and leaves the list', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const property = await createProperty(admin)
  await loginAs(page, DEMO.admin)
  await page.goto(`/biens/${property.id}`)
  await expectHeading(page, property.title)

  await page.getByRole('button', { name: 'Archiver' }).click()
  const dialog = page.getByRole('dialog', { name: `Archiver le bien ${property.reference} ?` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Annuler' }).click()
  await expect(dialog).toHaveCount(0)
  await page.getByRole('button', { name: 'Archiver' }).click()
  await dialog.getByRole('button', { name: 'Archiver le bien' }).click()

  await expect(page).toHaveURL('/biens')
  await expect(page.getByText(`Le bien ${property.reference} a été archivé.`)).toBeVisible()
  expect((await admin.context.get(`/api/v1/properties/${property.id}`)).status()).toBe(404)
  await page.goto(`/biens?q=${encodeURIComponent(property.title)}`)
  await expect(page.getByRole('status').filter({ hasText: 'Aucun bien ne correspond' })).toBeVisible()
})

test('an agent edits and archives only the properties assigned to them', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const agent = await apiSession(DEMO.agent)
  const own = await createProperty(admin, { agent_id: agent.user.id })
  const others = await createProperty(admin, { agent_id: null })
  await loginAs(page, DEMO.agent)

  await page.goto(`/biens/${others.id}`)
  await expectHeading(page, others.title)
  await expect(page.getByRole('link', { name: 'Modifier' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Archiver' })).toHaveCount(0)
  await expect(page.getByLabel('Ajouter des photos')).toHaveCount(0)
  await page.goto(`/biens/${others.id}/modifier`)
  await expectHeading(page, 'Accès refusé')

  await page.goto(`/biens/${own.id}`)
  await expectHeading(page, own.title)
  await page.getByRole('link', { name: 'Modifier' }).click()
  await expectHeading(page, `Modifier le bien ${own.reference}`)
  // An agent does not choose the agent: the server keeps the property theirs.
  await expect(page.getByLabel('Agent', { exact: true })).toHaveCount(0)
  await page.getByLabel('Pièces', { exact: true }).fill('4')
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click()
  await expectHeading(page, own.title)
  await expect(page.getByText('Les modifications ont été enregistrées.')).toBeVisible()

  // The change is in the history.
  await page.getByText('Historique des modifications').click()
  const history = page.getByRole('table', { name: 'Historique des modifications' })
  await expect(history.getByRole('row').filter({ hasText: 'Pièces' })).toContainText('Sophie Dubois')
})
