import { expect, test } from '@playwright/test'
import { createLead } from './crmData'
import { DEMO, DESKTOP_VIEWPORT, MOBILE_VIEWPORT, apiSession, checkPage, loginAs, uniqueSuffix } from './fixtures'
import { createProperty } from './propertyData'

test('owners are contacts: create one inline, add an existing one, remove one', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const property = await createProperty(admin)
  const suffix = uniqueSuffix()
  const existing = await admin.send('POST', '/api/v1/contacts', {
    first_name: 'Hélène',
    last_name: `Bailleur-${suffix}`,
    email: `helene-${suffix}@exemple.fr`,
  })
  expect(existing.status()).toBe(201)

  await loginAs(page, DEMO.admin)
  await page.goto(`/biens/${property.id}`)
  const owners = page.getByRole('region', { name: 'Propriétaires' })
  await expect(owners.getByText('Aucun propriétaire enregistré.')).toBeVisible()

  await owners.getByRole('button', { name: 'Nouveau contact' }).click()
  await owners.getByRole('button', { name: 'Créer et ajouter' }).click()
  await expect(owners.getByText('Saisissez le nom du propriétaire.')).toBeVisible()
  await owners.getByLabel('Prénom').fill('Marc')
  await owners.getByLabel('Nom', { exact: true }).fill(`Vendeur-${suffix}`)
  // A number no demo contact has (06 1x xx xx xx is a valid French mobile range).
  const digits = String(Date.now()).slice(-7)
  const phone = `06 1${digits[0]} ${digits.slice(1, 3)} ${digits.slice(3, 5)} ${digits.slice(5, 7)}`
  await owners.getByLabel('Téléphone').fill(phone)
  await owners.getByRole('button', { name: 'Créer et ajouter' }).click()
  const list = owners.getByRole('list', { name: 'Propriétaires' })
  await expect(list.getByText(`Marc Vendeur-${suffix}`)).toBeVisible()
  await expect(list.getByText(phone)).toBeVisible()

  await owners.getByLabel('Rechercher un contact').fill(`Bailleur-${suffix}`)
  await owners.getByRole('button', { name: `Ajouter Hélène Bailleur-${suffix} comme propriétaire` }).click()
  await expect(list.getByText(`Hélène Bailleur-${suffix}`)).toBeVisible()

  await page.reload()
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await list.getByRole('button', { name: `Retirer Marc Vendeur-${suffix} des propriétaires` }).click()
  await expect(list.getByText(`Marc Vendeur-${suffix}`)).toHaveCount(0)
  const stored = (await (await admin.context.get(`/api/v1/properties/${property.id}/owners`)).json()) as { items: { last_name: string }[] }
  expect(stored.items.map((owner) => owner.last_name)).toEqual([`Bailleur-${suffix}`])
})

test('creating an owner who is already a contact finds that contact instead', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const property = await createProperty(admin)
  const suffix = uniqueSuffix()
  const email = `deja-${suffix}@exemple.fr`
  const existing = await admin.send('POST', '/api/v1/contacts', { first_name: 'Paul', last_name: `Existant-${suffix}`, email })
  expect(existing.status()).toBe(201)

  await loginAs(page, DEMO.admin)
  await page.goto(`/biens/${property.id}`)
  const owners = page.getByRole('region', { name: 'Propriétaires' })
  await owners.getByRole('button', { name: 'Nouveau contact' }).click()
  await owners.getByLabel('Nom', { exact: true }).fill(`Doublon-${suffix}`)
  await owners.getByLabel('E-mail', { exact: true }).fill(email)
  await owners.getByRole('button', { name: 'Créer et ajouter' }).click()
  await expect(owners.getByText('Ce contact existe déjà')).toBeVisible()
  await expect(owners.getByLabel('Rechercher un contact')).toHaveValue(email)
  await owners.getByRole('button', { name: `Ajouter Paul Existant-${suffix} comme propriétaire` }).click()
  await expect(owners.getByRole('list', { name: 'Propriétaires' }).getByText(`Paul Existant-${suffix}`)).toBeVisible()
  const contacts = (await (await admin.context.get(`/api/v1/contacts?q=${encodeURIComponent(email)}`)).json()) as { total: number }
  expect(contacts.total).toBe(1)
})

test('an agent sees the owners of a property not theirs but cannot change them', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const property = await createProperty(admin)
  await loginAs(page, DEMO.agent2)
  await page.goto(`/biens/${property.id}`)
  const owners = page.getByRole('region', { name: 'Propriétaires' })
  await expect(owners.getByText('Aucun propriétaire enregistré.')).toBeVisible()
  await expect(owners.getByRole('button')).toHaveCount(0)
})

test('the property page lists the open leads it fits', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const city = `Villeurbanne`
  const property = await createProperty(admin, { city, postal_code: '69100', price_cents: 25_000_000, living_area_m2: 70, rooms: 3 })
  const lead = await createLead(admin, {
    criteria: [{ transaction: 'sale', property_types: ['apartment'], budget_max_cents: 26_000_000, cities: [city], rooms_min: 3 }],
  })
  await loginAs(page, DEMO.admin)
  await page.goto(`/biens/${property.id}`)
  const matches = page.getByRole('region', { name: 'Leads correspondants' })
  const link = matches.getByRole('link', { name: lead.name })
  await expect(link).toBeVisible()
  await expect(matches.getByText(/Score \d+\/100/).first()).toBeVisible()
  await link.click()
  await expect(page).toHaveURL(`/leads/${lead.id}`)
})

for (const [label, viewport] of [
  ['desktop', DESKTOP_VIEWPORT],
  ['mobile', MOBILE_VIEWPORT],
] as const) {
  test.describe(`Property owners and matches: axe finds no WCAG 2.1 AA violation (${label})`, () => {
    test.use({ viewport })

    test('the detail page with the owner search and the new contact form open', async ({ page }) => {
      const admin = await apiSession(DEMO.admin)
      const property = await createProperty(admin)
      await loginAs(page, DEMO.admin)
      await page.goto(`/biens/${property.id}`)
      const owners = page.getByRole('region', { name: 'Propriétaires' })
      await owners.getByLabel('Rechercher un contact').fill('zz-personne')
      await expect(owners.getByText('Aucun contact trouvé.')).toBeVisible()
      await owners.getByRole('button', { name: 'Nouveau contact' }).click()
      await checkPage(page, `${label}-property-owners`)
    })
  })
}
