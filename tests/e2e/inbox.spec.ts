import { expect, test } from '@playwright/test'
import { DEMO, MOBILE_VIEWPORT, expectHeading, expectNoAxeViolations, loginAs } from './fixtures'

// The inbox of the demo agency: the visit invitations other specs send, and the exchange of mail.spec.ts
// (whose reply it opens), may be listed, all read, so the unread filter is empty.
test('the inbox opens from the navigation and filters with the keyboard', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Messages' }).click()
  await expect(page).toHaveURL('/messages')
  await expectHeading(page, 'Messages')
  await expect(page.getByRole('heading', { name: 'Conversations' })).toBeVisible()

  const unread = page.getByRole('button', { name: 'Non lues' })
  await unread.focus()
  await page.keyboard.press('Enter')
  await expect(unread).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText('Aucune conversation non lue.')).toBeVisible()

  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('dupont')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Aucune conversation non lue.')).toBeVisible()
  await expectNoAxeViolations(page, 'inbox-filtered')
})

test.describe('on a phone', () => {
  test.use({ viewport: MOBILE_VIEWPORT })

  test('an unknown conversation answers its error, with the way back', async ({ page }) => {
    await loginAs(page, DEMO.admin)
    await page.goto('/messages/999999')
    await expectHeading(page, 'Messages')
    await expect(page.getByRole('alert')).toBeVisible()
    await page.getByRole('link', { name: 'Retour aux conversations' }).click()
    await expect(page).toHaveURL('/messages')
    await expect(page.getByRole('heading', { name: 'Conversations' })).toBeVisible()
    await expectNoAxeViolations(page, 'inbox-mobile')
  })
})
