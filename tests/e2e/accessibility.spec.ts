import { expect, test, type Page } from '@playwright/test'
import {
  DEMO,
  DESKTOP_VIEWPORT,
  MOBILE_VIEWPORT,
  expectNoAxeViolations,
  loginAs,
  uniqueEmail,
  waitForPage,
} from './fixtures'

// Set E2E_SCREENSHOTS=/some/dir to keep a picture of every page checked.
async function check(page: Page, where: string): Promise<void> {
  await waitForPage(page)
  const dir = process.env.E2E_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${where.replace(/[^a-z0-9-]+/gi, '_')}.png`, fullPage: true })
  await expectNoAxeViolations(page, where)
  // Nothing may push the page sideways on a phone (WCAG 1.4.10 reflow).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0)
}

const ADMIN_PAGES = [
  '/',
  '/biens',
  '/leads',
  '/agenda',
  '/messages',
  '/contrats',
  '/parametres/utilisateurs',
  '/parametres/jetons-api',
  '/profil',
]

for (const [label, viewport] of [
  ['desktop', DESKTOP_VIEWPORT],
  ['mobile', MOBILE_VIEWPORT],
] as const) {
  test.describe(`axe finds no WCAG 2.1 AA violation (${label})`, () => {
    test.use({ viewport })

    test('login page, empty and with an error', async ({ page }) => {
      await page.goto('/connexion')
      await check(page, `${label}-login`)
      await page.getByLabel('Adresse e-mail').fill(uniqueEmail('nobody'))
      await page.getByLabel('Mot de passe', { exact: true }).fill('wrong-password')
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
      await check(page, `${label}-login-error`)
    })

    test('every admin page', async ({ page }) => {
      await loginAs(page, DEMO.admin)
      for (const path of ADMIN_PAGES) {
        await page.goto(path)
        await check(page, `${label}-admin${path}`)
      }
    })

    test('open dialogs and menus', async ({ page }) => {
      await loginAs(page, DEMO.admin)
      await page.goto('/parametres/utilisateurs')
      await waitForPage(page)
      await page.getByRole('button', { name: 'Inviter un utilisateur' }).click()
      await expect(page.getByRole('dialog', { name: 'Inviter un utilisateur' })).toBeVisible()
      await check(page, `${label}-invite-dialog`)
      await page.getByRole('dialog').getByRole('button', { name: 'Envoyer l’invitation' }).click()
      await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible()
      await check(page, `${label}-invite-dialog-errors`)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)

      await page.getByRole('row', { name: new RegExp(DEMO.agent2) }).getByRole('button', { name: /Désactiver/ }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await check(page, `${label}-confirm-dialog`)
      await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click()

      await page.goto('/parametres/jetons-api')
      await waitForPage(page)
      await page.getByRole('button', { name: 'Créer un jeton' }).click()
      await expect(page.getByRole('dialog', { name: 'Créer un jeton' })).toBeVisible()
      await check(page, `${label}-token-dialog`)
      await page.keyboard.press('Escape')

      await page.getByRole('button', { name: /^Menu de / }).click()
      await expect(page.getByRole('link', { name: 'Profil' })).toBeVisible()
      await check(page, `${label}-user-menu`)

      if (label === 'mobile') {
        await page.getByRole('button', { name: 'Menu', exact: true }).click()
        await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
        await check(page, `${label}-nav-menu`)
      }
    })

    test('profile with form errors', async ({ page }) => {
      await loginAs(page, DEMO.agent)
      await page.goto('/profil')
      await waitForPage(page)
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
      await check(page, `${label}-profile-errors`)
    })

    test('other roles: client space, team, not found', async ({ page }) => {
      await loginAs(page, DEMO.client)
      await page.goto('/mon-espace')
      await check(page, `${label}-client-space`)
      await page.goto('/biens')
      await check(page, `${label}-forbidden`)
      await page.context().clearCookies()
      await loginAs(page, DEMO.manager)
      await page.goto('/equipe')
      await check(page, `${label}-team`)
      await page.goto('/nulle-part')
      await check(page, `${label}-not-found`)
    })
  })
}
