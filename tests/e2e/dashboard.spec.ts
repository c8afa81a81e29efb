import { expect, test } from '@playwright/test'
import { createLead, createTask, hoursFromNow, parisDay } from './crmData'
import { DEMO, DESKTOP_VIEWPORT, MOBILE_VIEWPORT, apiSession, checkPage, expectHeading, loginAs } from './fixtures'

// An instant later today in Paris, the agency's zone: in an hour, or nearer when Paris midnight is nearer
// (the test process may run in another zone, as CI does in UTC).
function laterToday(): Date {
  const now = new Date()
  let ahead = 3_600_000
  while (ahead > 1000 && parisDay(new Date(now.getTime() + ahead)) !== parisDay(now)) ahead /= 2
  return new Date(now.getTime() + ahead)
}

test('the dashboard lists my overdue and today follow-ups, and "Fait" clears one', async ({ page }) => {
  const agent = await apiSession(DEMO.agent)
  const overdue = await createTask(agent, hoursFromNow(-26))
  const today = await createTask(agent, laterToday())
  const later = await createTask(agent, hoursFromNow(24 * 5))
  const lead = await createLead(agent, { assigned_to: agent.user.id, next_action_at: hoursFromNow(-3).toISOString() })

  await loginAs(page, DEMO.agent)
  await page.goto('/')
  await expectHeading(page, 'Tableau de bord')
  const followUps = page.getByRole('region', { name: 'Mes relances du jour et en retard' })
  await expect(followUps.getByText(overdue.title)).toBeVisible()
  await expect(followUps.getByText(today.title)).toBeVisible()
  await expect(followUps.getByText(later.title)).toHaveCount(0)
  await expect(followUps.getByRole('link', { name: lead.name })).toBeVisible()

  await followUps.getByRole('button', { name: `Fait : ${overdue.title}` }).click()
  await expect(page.getByRole('status').filter({ hasText: `Tâche « ${overdue.title} » marquée comme faite.` })).toBeAttached()
  await expect(followUps.getByRole('listitem').filter({ hasText: overdue.title })).toHaveCount(0)

  await followUps.getByRole('button', { name: `Fait : ${lead.name}` }).click()
  await expect(followUps.getByRole('link', { name: lead.name })).toHaveCount(0)

  const newLeads = page.getByRole('region', { name: 'Nouveaux leads de la semaine' })
  await newLeads.getByRole('link', { name: lead.name }).click()
  await expect(page).toHaveURL(`/leads/${lead.id}`)
})

test('conversion by source is drawn and given as a table', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const lead = await createLead(admin, { source: 'referral' })
  const converted = await admin.send('PATCH', `/api/v1/leads/${lead.id}`, { status: 'converted' })
  expect(converted.status()).toBe(200)

  await loginAs(page, DEMO.admin)
  await page.goto('/')
  const conversion = page.getByRole('region', { name: 'Conversion par source' })
  await expect(conversion.getByRole('img', { name: 'Taux de conversion des leads par source sur 90 jours' })).toBeVisible()
  const table = conversion.getByRole('table', { name: 'Leads et conversions par source sur 90 jours' })
  await expect(table.getByRole('columnheader')).toHaveText(['Source', 'Leads', 'Convertis', 'Taux'])
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /recommandation/i }) })
  await expect(row.getByRole('cell').nth(1)).not.toHaveText('0')

  await conversion.getByLabel('Période').selectOption({ label: '30 derniers jours' })
  await expect(conversion.getByRole('table', { name: 'Leads et conversions par source sur 30 jours' })).toBeVisible()
})

test('the tasks page creates a task, files it by date and marks it done', async ({ page }) => {
  await loginAs(page, DEMO.agent)
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tâches' }).click()
  await expectHeading(page, 'Tâches')

  await page.getByRole('button', { name: 'Créer la tâche' }).click()
  await expect(page.getByText('Saisissez l’intitulé de la tâche.')).toBeVisible()

  const title = `Envoyer le compromis ${Date.now()}`
  await page.getByLabel('Intitulé').fill(title)
  await page.getByRole('button', { name: 'Créer la tâche' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Tâche « ${title} » créée.` })).toBeVisible()

  // The form proposes tomorrow 9:00: the task is upcoming.
  await page.getByRole('button', { name: 'À venir' }).click()
  await expect(page.getByRole('button', { name: 'À venir' })).toHaveAttribute('aria-pressed', 'true')
  const upcoming = page.getByRole('list', { name: 'À venir' })
  await upcoming.getByRole('button', { name: `Fait : ${title}` }).click()
  await expect(upcoming.getByText(title)).toHaveCount(0)
  await page.getByRole('button', { name: 'Faites' }).click()
  await expect(page.getByRole('list', { name: 'Faites' }).getByText(title)).toBeVisible()
})

test('a task can be tied to one of my open leads and links to it', async ({ page }) => {
  const agent = await apiSession(DEMO.agent)
  const lead = await createLead(agent, { assigned_to: agent.user.id })
  await loginAs(page, DEMO.agent)
  await page.goto('/taches')
  const title = `Relancer ${lead.lastName}`
  await page.getByLabel('Intitulé').fill(title)
  await page.getByLabel('Lead lié (facultatif)').selectOption({ label: lead.name })
  await page.getByRole('button', { name: 'Créer la tâche' }).click()
  await page.getByRole('button', { name: 'À venir' }).click()
  const item = page.getByRole('list', { name: 'À venir' }).getByRole('listitem').filter({ hasText: title })
  await item.getByRole('link', { name: `Lead de ${lead.name}` }).click()
  await expect(page).toHaveURL(`/leads/${lead.id}`)
})

test('the bell counts unread notifications, opens from the keyboard and leads to the lead', async ({ page }) => {
  const manager = await apiSession(DEMO.manager)
  const agent = await apiSession(DEMO.agent)
  await agent.send('POST', '/api/v1/notifications/read-all')
  const lead = await createLead(manager, { assigned_to: agent.user.id })

  await loginAs(page, DEMO.agent)
  await page.goto('/')
  const bell = page.getByRole('button', { name: /^Notifications, 1 non lue$/ })
  await expect(bell).toBeVisible()
  await expect(bell).toHaveAttribute('aria-expanded', 'false')

  await bell.focus()
  await page.keyboard.press('Enter')
  await expect(bell).toHaveAttribute('aria-expanded', 'true')
  const panel = page.getByRole('region', { name: 'Notifications' })
  await expect(panel).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(bell).toBeFocused()

  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(panel.getByRole('button', { name: 'Tout marquer comme lu' })).toBeFocused()
  await page.keyboard.press('Tab')
  const link = panel.getByRole('link', { name: new RegExp(lead.lastName) })
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/leads/${lead.id}`)
  await expect(page.getByRole('button', { name: 'Notifications, aucune non lue' })).toBeVisible()
})

test('"Tout marquer comme lu" empties the unread count', async ({ page }) => {
  const manager = await apiSession(DEMO.manager)
  const agent = await apiSession(DEMO.agent)
  await agent.send('POST', '/api/v1/notifications/read-all')
  await createLead(manager, { assigned_to: agent.user.id })
  await createLead(manager, { assigned_to: agent.user.id })

  await loginAs(page, DEMO.agent)
  await page.goto('/')
  await page.getByRole('button', { name: 'Notifications, 2 non lues' }).click()
  await page.getByRole('button', { name: 'Tout marquer comme lu' }).click()
  await expect(page.getByRole('button', { name: 'Notifications, aucune non lue' })).toBeVisible()
})

for (const [label, viewport] of [
  ['desktop', DESKTOP_VIEWPORT],
  ['mobile', MOBILE_VIEWPORT],
] as const) {
  test.describe(`Dashboard, tasks and notifications: axe finds no WCAG 2.1 AA violation (${label})`, () => {
    test.use({ viewport })

    test('dashboard, tasks page and the open notification panel', async ({ page }) => {
      const manager = await apiSession(DEMO.manager)
      const agent = await apiSession(DEMO.agent)
      await createTask(agent, hoursFromNow(-2))
      await createLead(manager, { assigned_to: agent.user.id, next_action_at: hoursFromNow(-1).toISOString() })
      await loginAs(page, DEMO.agent)
      await page.goto('/')
      await checkPage(page, `${label}-dashboard`)
      await page.goto('/taches?vue=overdue')
      await checkPage(page, `${label}-tasks`)
      await page.getByRole('button', { name: /^Notifications/ }).click()
      await expect(page.getByRole('region', { name: 'Notifications' })).toBeVisible()
      await checkPage(page, `${label}-notifications`)
    })
  })
}
