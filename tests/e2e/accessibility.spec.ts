import { expect, test } from '@playwright/test'
import {
  DEMO,
  DESKTOP_VIEWPORT,
  MOBILE_VIEWPORT,
  checkPage,
  loginAs,
  uniqueEmail,
  waitForPage,
} from './fixtures'

const ADMIN_PAGES = [
  '/',
  '/biens',
  '/leads',
  '/contacts',
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
      await checkPage(page, `${label}-login`)
      await page.getByLabel('Adresse e-mail').fill(uniqueEmail('nobody'))
      await page.getByLabel('Mot de passe', { exact: true }).fill('wrong-password')
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
      await checkPage(page, `${label}-login-error`)
    })

    test('every admin page', async ({ page }) => {
      await loginAs(page, DEMO.admin)
      for (const path of ADMIN_PAGES) {
        await page.goto(path)
        await checkPage(page, `${label}-admin${path}`)
      }
    })

    test('open dialogs and menus', async ({ page }) => {
      await loginAs(page, DEMO.admin)
      await page.goto('/parametres/utilisateurs')
      await waitForPage(page)
      await page.getByRole('button', { name: 'Inviter un utilisateur' }).click()
      await expect(page.getByRole('dialog', { name: 'Inviter un utilisateur' })).toBeVisible()
      await checkPage(page, `${label}-invite-dialog`)
      await page.getByRole('dialog').getByRole('button', { name: 'Envoyer l’invitation' }).click()
      await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible()
      await checkPage(page, `${label}-invite-dialog-errors`)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)

      await page.getByRole('row', { name: new RegExp(DEMO.agent2) }).getByRole('button', { name: /Désactiver/ }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await checkPage(page, `${label}-confirm-dialog`)
      await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click()

      await page.goto('/parametres/jetons-api')
      await waitForPage(page)
      await page.getByRole('button', { name: 'Créer un jeton' }).click()
      await expect(page.getByRole('dialog', { name: 'Créer un jeton' })).toBeVisible()
      await checkPage(page, `${label}-token-dialog`)
      await page.keyboard.press('Escape')

      await page.getByRole('button', { name: /^Menu de / }).click()
      await expect(page.getByRole('link', { name: 'Profil' })).toBeVisible()
      await checkPage(page, `${label}-user-menu`)

      if (label === 'mobile') {
        await page.getByRole('button', { name: 'Menu', exact: true }).click()
        await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
        await checkPage(page, `${label}-nav-menu`)
      }
    })

    test('profile with form errors', async ({ page }) => {
      await loginAs(page, DEMO.agent)
      await page.goto('/profil')
      await waitForPage(page)
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
      await checkPage(page, `${label}-profile-errors`)
    })

    test('other roles: client space, team, not found', async ({ page }) => {
      await loginAs(page, DEMO.client)
      await page.goto('/mon-espace')
      await checkPage(page, `${label}-client-space`)
      await page.goto('/biens')
      await checkPage(page, `${label}-forbidden`)
      await page.context().clearCookies()
      await loginAs(page, DEMO.manager)
      await page.goto('/equipe')
      await checkPage(page, `${label}-team`)
      await page.goto('/nulle-part')
      await checkPage(page, `${label}-not-found`)
    })
  })
}
