import { expect, test, type Page } from '@playwright/test'
import {
  DEMO,
  DESKTOP_VIEWPORT,
  MOBILE_VIEWPORT,
  apiSession,
  checkPage,
  expectHeading,
  expectNoAxeViolations,
  loginAs,
  uniqueSuffix,
} from './fixtures'

async function openLeadSettings(page: Page): Promise<void> {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres')
  await page.getByRole('navigation', { name: 'Sections des paramètres' }).getByRole('link', { name: 'Leads' }).click()
  await expectHeading(page, 'Paramètres')
  await expect(page).toHaveURL('/parametres/leads')
}

test('sources: add, rename, reorder and deactivate', async ({ page }) => {
  const label = `Salon ${uniqueSuffix()}`
  await openLeadSettings(page)
  const sources = page.getByRole('region', { name: 'Sources des leads' })

  await sources.getByRole('button', { name: 'Ajouter' }).click()
  await expect(sources.getByText('Saisissez le nom de la source.')).toBeVisible()
  await sources.getByLabel('Nouvelle source').fill(label)
  await sources.getByRole('button', { name: 'Ajouter' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Source ${label} ajoutée.` })).toBeAttached()
  const item = sources.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Monter ${label}` }) })
  await expect(item).toBeVisible()
  // Added last: it cannot go further down.
  await expect(item.getByRole('button', { name: `Descendre ${label}` })).toBeDisabled()

  const renamed = `${label} (printemps)`
  await item.getByRole('textbox').fill(renamed)
  await item.getByRole('button', { name: 'Renommer' }).click()
  const renamedItem = sources.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Monter ${renamed}` }) })
  await expect(renamedItem).toBeVisible()

  await renamedItem.getByRole('button', { name: `Monter ${renamed}` }).click()
  await expect(renamedItem.getByRole('button', { name: `Descendre ${renamed}` })).toBeEnabled()

  await renamedItem.getByRole('button', { name: `Désactiver ${renamed}` }).click()
  await expect(renamedItem.getByText('Désactivée')).toBeVisible()
  await expect(renamedItem.getByRole('button', { name: `Activer ${renamed}` })).toBeVisible()

  // The leads' own list of sources drops the inactive one.
  const admin = await apiSession(DEMO.admin)
  const active = (await (await admin.context.get('/api/v1/lead-sources')).json()) as { items: { label: string; active: boolean }[] }
  expect(active.items.filter((source) => source.label === renamed && source.active)).toEqual([])
})

test('visibility, round robin by source and allowed sites are saved together', async ({ page }) => {
  await openLeadSettings(page)
  const form = page.getByRole('form', { name: 'Attribution et visibilité' })

  await form.getByLabel('Les agents ne voient que leurs propres leads').check()
  await form.getByLabel('Automatique, à tour de rôle').check()
  await form.getByLabel('Un groupe par source').check()
  await form.getByRole('group', { name: 'Agents pour SeLoger' }).getByRole('checkbox').first().check()

  await form.getByLabel('Sites autorisés pour le formulaire').fill('https://www.agence-exemple.fr/contact')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(form.getByText('« https://www.agence-exemple.fr/contact » n’est pas une origine valide')).toBeVisible()

  await form.getByLabel('Sites autorisés pour le formulaire').fill('https://www.agence-exemple.fr\nhttps://agence-exemple.fr')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(form.getByText('Réglages des leads enregistrés.')).toBeVisible()

  await page.reload()
  const reloaded = page.getByRole('form', { name: 'Attribution et visibilité' })
  await expect(reloaded.getByLabel('Les agents ne voient que leurs propres leads')).toBeChecked()
  await expect(reloaded.getByLabel('Automatique, à tour de rôle')).toBeChecked()
  await expect(reloaded.getByLabel('Un groupe par source')).toBeChecked()
  await expect(reloaded.getByRole('group', { name: 'Agents pour SeLoger' }).getByRole('checkbox').first()).toBeChecked()
  await expect(reloaded.getByLabel('Sites autorisés pour le formulaire')).toHaveValue(
    'https://www.agence-exemple.fr\nhttps://agence-exemple.fr',
  )

  // Back to the demo's defaults so other tests see every lead.
  await reloaded.getByLabel('Les agents ne voient que leurs propres leads').uncheck()
  await reloaded.getByLabel('Manuelle').check()
  await reloaded.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(reloaded.getByText('Réglages des leads enregistrés.')).toBeVisible()
})

test('the form snippet is copied, and a regenerated key changes it after a confirmation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openLeadSettings(page)
  const capture = page.getByRole('region', { name: 'Formulaire de contact pour votre site' })
  const key = capture.getByLabel('Clé publique de l’agence')
  const snippet = capture.getByLabel('Code HTML du formulaire')
  const oldKey = await key.inputValue()
  expect(oldKey.length).toBeGreaterThan(10)
  await expect(snippet).toHaveValue(new RegExp(oldKey))

  await capture.getByRole('button', { name: 'Copier' }).click()
  await expect(capture.getByText('Copié dans le presse-papiers.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await snippet.inputValue())
  expect(copied).toContain('<form')

  await capture.getByRole('button', { name: 'Régénérer la clé' }).click()
  const dialog = page.getByRole('dialog', { name: 'Régénérer la clé publique ?' })
  await dialog.getByRole('button', { name: 'Annuler' }).click()
  await expect(key).toHaveValue(oldKey)

  await capture.getByRole('button', { name: 'Régénérer la clé' }).click()
  await dialog.getByRole('button', { name: 'Régénérer', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(key).not.toHaveValue(oldKey)
  await expect(snippet).toHaveValue(new RegExp(await key.inputValue()))
  await expect(capture.getByText('Nouvelle clé générée : mettez à jour le code de votre site.')).toBeVisible()
})

test('only an admin reaches the lead settings', async ({ page }) => {
  await loginAs(page, DEMO.manager)
  await page.goto('/parametres/leads')
  await expectHeading(page, 'Accès refusé')
})

for (const [label, viewport] of [
  ['desktop', DESKTOP_VIEWPORT],
  ['mobile', MOBILE_VIEWPORT],
] as const) {
  test.describe(`Lead settings: axe finds no WCAG 2.1 AA violation (${label})`, () => {
    test.use({ viewport })

    test('the settings page with city pools open and the regenerate dialog', async ({ page }) => {
      await openLeadSettings(page)
      await checkPage(page, `${label}-lead-settings`)
      const form = page.getByRole('form', { name: 'Attribution et visibilité' })
      await form.getByLabel('Automatique, à tour de rôle').check()
      await form.getByLabel('Un groupe par ville').check()
      await form.getByRole('button', { name: 'Ajouter une ville' }).click()
      await form.getByLabel('Ville', { exact: true }).fill('Lyon')
      await checkPage(page, `${label}-lead-settings-pools`)
      await page.getByRole('button', { name: 'Régénérer la clé' }).click()
      await expect(page.getByRole('dialog', { name: 'Régénérer la clé publique ?' })).toBeVisible()
      await expectNoAxeViolations(page, `${label}-lead-settings-regenerate-dialog`)
    })
  })
}
