import { expect, test, type Page } from '@playwright/test'
import { DEMO, MOBILE_VIEWPORT, checkPage, expectHeading, loginAs } from './fixtures'

// tests/rigs/e2e-server.sh leaves one dead job: an email whose outgoing server does not answer, allowed a
// single attempt.
async function openJobs(page: Page): Promise<void> {
  await loginAs(page, DEMO.admin)
  await page.goto('/parametres')
  await page.getByRole('navigation', { name: 'Sections des paramètres' }).getByRole('link', { name: 'Tâches de fond' }).click()
  await expectHeading(page, 'Paramètres')
  await expect(page).toHaveURL('/parametres/taches-de-fond')
}

test('an admin finds the dead job and retries it from the keyboard', async ({ page }) => {
  await openJobs(page)
  await checkPage(page, 'jobs')

  await page.getByRole('group', { name: 'Filtrer par statut' }).getByRole('button', { name: 'Abandonnée' }).click()
  await expect(page).toHaveURL('/parametres/taches-de-fond?statut=dead')
  const row = page.getByRole('row').filter({ hasText: 'Envoi d’e-mail' })
  await expect(row).toHaveCount(1)
  await expect(row.getByText('Abandonnée')).toBeVisible()
  await expect(row.getByText('1 sur 1')).toBeVisible()
  await expect(row.getByRole('cell').nth(4)).not.toHaveText('—')
  await checkPage(page, 'jobs-dead')

  const retry = row.getByRole('button', { name: /^Relancer Envoi d’e-mail #\d+$/ })
  const jobNumber = (await row.getByText(/^#\d+$/).textContent()) ?? ''
  await retry.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /Tâche relancée\s:\sEnvoi d’e-mail #\d+\./ })).toBeAttached()

  // Queued again with a full set of attempts; the in-process worker runs it at once and it fails again, so
  // the same job (not a copy) is back among the dead ones.
  const again = page.getByRole('row').filter({ hasText: new RegExp(`Envoi d’e-mail ${jobNumber}(?!\\d)`) })
  await expect(async () => {
    await page.reload()
    await expect(again.getByText('Abandonnée')).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 30_000 })
  await expect(again).toHaveCount(1)
})

test('the jobs page reads well on a phone', async ({ page }) => {
  await page.setViewportSize(MOBILE_VIEWPORT)
  await openJobs(page)
  await checkPage(page, 'jobs-mobile')
})

test('the jobs page in English', async ({ page }) => {
  await openJobs(page)
  await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'EN', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Background jobs' })).toBeVisible()
  await page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: 'Dead' }).click()
  const row = page.getByRole('row').filter({ hasText: 'Email send' })
  await expect(row.getByRole('button', { name: /^Retry Email send #\d+$/ })).toBeVisible()
  await checkPage(page, 'jobs-en')
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Tâches de fond' })).toBeVisible()
})

test('agents and managers have no jobs page', async ({ page }) => {
  await loginAs(page, DEMO.manager)
  const response = await page.request.get('/api/v1/jobs')
  expect(response.status()).toBe(403)
  await page.goto('/parametres/taches-de-fond')
  await expect(page.getByRole('heading', { name: 'Tâches de fond' })).toHaveCount(0)
})
