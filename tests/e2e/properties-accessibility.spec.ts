import { expect, test } from '@playwright/test'
import { DEMO, DESKTOP_VIEWPORT, MOBILE_VIEWPORT, apiSession, checkPage, loginAs, waitForPage } from './fixtures'
import { addPhotoThroughApi, createProperty, type CreatedProperty } from './propertyData'

// Map tiles cannot load here (no network): the pages must hold together, and pass, without them.
for (const [label, viewport] of [
  ['desktop', DESKTOP_VIEWPORT],
  ['mobile', MOBILE_VIEWPORT],
] as const) {
  test.describe(`Biens: axe finds no WCAG 2.1 AA violation (${label})`, () => {
    test.use({ viewport })
    let property: CreatedProperty

    test.beforeAll(async () => {
      const admin = await apiSession(DEMO.admin)
      property = await createProperty(admin, {
        description: 'Appartement traversant, parquet, moulures.',
        dpe_status: 'done',
        dpe_class: 'D',
        dpe_kwh: 210,
        ges_class: 'E',
        ges_kg: 52,
        features: ['balcony', 'elevator'],
        copro: true,
        copro_lots: 24,
        mandate_type: 'simple',
      })
      await addPhotoThroughApi(admin, property.id)
      await addPhotoThroughApi(admin, property.id)
      await admin.send('PATCH', `/api/v1/properties/${property.id}`, { rooms: 4 })
    })

    test('the list as a table, as cards, with its filters open', async ({ page }) => {
      await loginAs(page, DEMO.admin)
      await page.goto('/biens')
      await checkPage(page, `${label}-properties-table`)
      await page.getByRole('button', { name: /^Filtres/ }).click()
      await expect(page.getByRole('button', { name: 'Appliquer les filtres' })).toBeVisible()
      await checkPage(page, `${label}-properties-filters`)
      await page.goto('/biens?view=cards')
      await expect(page.getByRole('list', { name: 'Liste des biens' })).toBeVisible()
      await checkPage(page, `${label}-properties-cards`)
    })

    test('the map, at rest and while a zone is drawn', async ({ page }) => {
      await loginAs(page, DEMO.admin)
      await page.goto('/biens?view=map')
      await expect(page.getByRole('button', { name: 'Zoom avant' })).toBeVisible()
      await expect(page.getByText(/dans la zone affichée/)).toBeVisible()
      await checkPage(page, `${label}-properties-map`)
      await page.getByRole('button', { name: 'Dessiner une zone' }).click()
      await page.getByRole('button', { name: 'Ajouter le centre de la carte' }).click()
      await page.getByRole('button', { name: 'Terminer la zone' }).click()
      await expect(page.getByText('Une zone a besoin d’au moins 3 points.')).toBeVisible()
      await checkPage(page, `${label}-properties-map-drawing`)
    })

    test('the detail page, with its history open and the archive dialog', async ({ page }) => {
      await loginAs(page, DEMO.admin)
      await page.goto(`/biens/${property.id}`)
      await expect(page.getByRole('list', { name: 'Photos dans l’ordre de l’annonce' }).getByRole('listitem')).toHaveCount(2)
      await page.getByText('Historique des modifications').click()
      await expect(page.getByRole('table', { name: 'Historique des modifications' })).toBeVisible()
      await checkPage(page, `${label}-property-detail`)
      await page.getByRole('button', { name: 'Archiver' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await checkPage(page, `${label}-property-archive-dialog`)
    })

    test('the form: new, with errors, and editing', async ({ page }) => {
      await loginAs(page, DEMO.admin)
      await page.goto('/biens/nouveau')
      await checkPage(page, `${label}-property-new`)
      await page.getByLabel('Prix honoraires inclus (€)').fill('abc')
      await page.getByRole('button', { name: 'Créer le bien' }).click()
      await expect(page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' })).toBeVisible()
      await checkPage(page, `${label}-property-new-errors`)
      await page.getByLabel('Adresse à rechercher').fill('12 rue de la Paix Paris')
      await page.getByRole('button', { name: 'Rechercher l’adresse' }).click()
      await expect(
        page.getByText(/recherche d’adresse est indisponible|Aucune adresse trouvée/).or(page.getByRole('heading', { name: 'Adresses trouvées' })),
      ).toBeVisible()
      await checkPage(page, `${label}-property-new-geocoded`)
      await page.goto(`/biens/${property.id}/modifier`)
      await waitForPage(page)
      await expect(page.getByRole('group', { name: 'Classe énergie (DPE)' }).getByRole('radio', { name: /^D/ })).toBeChecked()
      await checkPage(page, `${label}-property-edit`)
    })
  })
}
