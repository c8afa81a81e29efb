import { expect, test } from '@playwright/test'
import { DEMO, MOBILE_VIEWPORT, expectHeading, loginAs, waitForPage } from './fixtures'

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await loginAs(page, DEMO.agent)
  await page.goto('/profil')
  await waitForPage(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // The next Tab starts inside the content, not in the header or the navigation.
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Mot de passe actuel')).toBeFocused()
})

test.describe('on a phone', () => {
  test.use({ viewport: MOBILE_VIEWPORT })

  test('the navigation opens, is used and closes from the keyboard', async ({ page }) => {
    await loginAs(page, DEMO.agent)
    await page.goto('/')
    await waitForPage(page)
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await expect(nav).toBeHidden()

    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const menuButton = page.getByRole('button', { name: 'Menu', exact: true })
    await expect(menuButton).toBeFocused()
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
    await page.keyboard.press('Enter')
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
    await expect(nav).toBeVisible()

    await page.keyboard.press('Escape')
    await expect(nav).toBeHidden()
    await expect(menuButton).toBeFocused()

    await page.keyboard.press('Space')
    await expect(nav).toBeVisible()
    const target = nav.getByRole('link', { name: 'Agenda' })
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab')
      if (await target.evaluate((el) => el === document.activeElement)) break
    }
    await expect(target).toBeFocused()
    await page.keyboard.press('Enter')
    await expectHeading(page, 'Agenda')
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
    await expect(nav).toBeHidden()
  })
})

test('the user menu works from the keyboard and Escape closes it', async ({ page }) => {
  await loginAs(page, DEMO.agent)
  await page.goto('/')
  await waitForPage(page)
  const button = page.getByRole('button', { name: /^Menu de / })
  await button.focus()
  await page.keyboard.press('Enter')
  await expect(button).toHaveAttribute('aria-expanded', 'true')
  const profile = page.getByRole('link', { name: 'Profil' })
  await expect(profile).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(profile).toBeHidden()
  await expect(button).toBeFocused()

  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(profile).toBeFocused()
  await page.keyboard.press('Enter')
  await expectHeading(page, 'Profil')
})

test('a dialog keeps focus inside, closes on Escape and gives focus back', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres/utilisateurs')
  await waitForPage(page)
  const opener = page.getByRole('button', { name: 'Inviter un utilisateur' })
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Inviter un utilisateur' })
  await expect(dialog).toBeVisible()

  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab')
    const inside = await dialog.evaluate((el) => el.contains(document.activeElement))
    expect(inside, `focus after ${i + 1} Tab`).toBe(true)
  }
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Shift+Tab')
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  }

  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(opener).toBeFocused()
})
