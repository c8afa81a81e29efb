import { expect, test } from '@playwright/test'
import { DEMO, expectHeading, loginAs } from './fixtures'

const AGENCY_SECTIONS = [
  { link: 'Contrats', path: '/contrats', about: /mandats et contrats/ },
]

test('an admin reaches every section from the navigation', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/')
  await expectHeading(page, 'Tableau de bord')
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  await expect(nav.getByRole('link', { name: 'Tableau de bord' })).toHaveAttribute('aria-current', 'page')

  await nav.getByRole('link', { name: 'Biens' }).click()
  await expect(page).toHaveURL('/biens')
  await expectHeading(page, 'Biens')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page.getByRole('link', { name: 'Nouveau bien' })).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText('Cette section arrive bientôt')
  // The section stays marked in the navigation on its inner pages.
  await page.getByRole('link', { name: 'Nouveau bien' }).click()
  await expectHeading(page, 'Nouveau bien')
  await expect(nav.getByRole('link', { name: 'Biens' })).toHaveAttribute('aria-current', 'page')

  for (const [link, action] of [
    ['Leads', 'Saisir un appel'],
    ['Agenda', 'Nouveau rendez-vous'],
    ['Contacts', 'Nouveau contact'],
  ]) {
    await nav.getByRole('link', { name: link }).click()
    await expectHeading(page, link)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole(link === 'Contacts' ? 'link' : 'button', { name: action })).toBeVisible()
  }

  for (const section of AGENCY_SECTIONS) {
    await nav.getByRole('link', { name: section.link }).click()
    await expect(page).toHaveURL(section.path)
    await expectHeading(page, section.link)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await expect(nav.getByRole('link', { name: section.link })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('main')).toContainText('Cette section arrive bientôt')
    await expect(page.getByRole('main')).toContainText(section.about)
  }

  await nav.getByRole('link', { name: 'Paramètres' }).click()
  await expect(page).toHaveURL('/parametres/utilisateurs')
  await expectHeading(page, 'Paramètres')
  await expect(page.getByRole('heading', { level: 2, name: 'Utilisateurs' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Sections des paramètres' }).getByRole('link', { name: 'Jetons d’API' }).click()
  await expect(page).toHaveURL('/parametres/jetons-api')
  await expect(page.getByRole('heading', { level: 2, name: 'Jetons d’API' })).toBeVisible()

  await page.getByRole('button', { name: /^Menu de / }).click()
  await page.getByRole('link', { name: 'Profil' }).click()
  await expect(page).toHaveURL('/profil')
  await expectHeading(page, 'Profil')
  await expect(page.getByRole('main')).toContainText(DEMO.admin)

  await nav.getByRole('link', { name: 'Tableau de bord' }).click()
  await expectHeading(page, 'Tableau de bord')
})

test('an unknown address shows a not-found page inside the app', async ({ page }) => {
  await loginAs(page, DEMO.agent)
  await page.goto('/nulle-part')
  await expectHeading(page, 'Page introuvable')
})

test('a client sees only their space and their profile', async ({ page }) => {
  await loginAs(page, DEMO.client)
  await page.goto('/')
  await expect(page).toHaveURL('/mon-espace')
  await expectHeading(page, 'Mon espace')
  await expect(page.getByRole('main')).toContainText('portail client arrive bientôt')
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  await expect(nav.getByRole('link')).toHaveText(['Mon espace'])

  await page.getByRole('button', { name: /^Menu de / }).click()
  await page.getByRole('link', { name: 'Profil' }).click()
  await expectHeading(page, 'Profil')
  await expect(page.getByRole('main')).toContainText('Client')

  await page.goto('/biens')
  await expectHeading(page, 'Accès refusé')
  await page.goto('/parametres/utilisateurs')
  await expectHeading(page, 'Accès refusé')
})

test('a manager sees the team read-only and no settings', async ({ page }) => {
  await loginAs(page, DEMO.manager)
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  await expect(nav.getByRole('link', { name: 'Paramètres' })).toHaveCount(0)
  await nav.getByRole('link', { name: 'Équipe' }).click()
  await expectHeading(page, 'Équipe')
  const table = page.getByRole('table', { name: 'Utilisateurs de l’agence' })
  await expect(table.getByRole('row', { name: new RegExp(DEMO.admin) })).toContainText('Administrateur')
  await expect(page.getByRole('button', { name: 'Inviter un utilisateur' })).toHaveCount(0)
  await expect(table.getByRole('combobox')).toHaveCount(0)
  await expect(table.getByRole('button')).toHaveCount(0)
  await page.goto('/parametres')
  await expectHeading(page, 'Accès refusé')
})

test('an agent has the agency sections but neither team nor settings', async ({ page }) => {
  await loginAs(page, DEMO.agent)
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  await expect(nav.getByRole('link')).toHaveText([
    'Tableau de bord',
    'Biens',
    'Leads',
    'Agenda',
    'Contacts',
    'Tâches',
    'Messages',
    'Contrats',
  ])
  await expect(page.getByRole('main')).toContainText('Agent')
})
