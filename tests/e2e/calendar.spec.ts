import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  DEMO,
  DESKTOP_VIEWPORT,
  MOBILE_VIEWPORT,
  apiSession,
  checkPage,
  expectHeading,
  loginAs,
  waitForPage,
  type ApiSession,
} from './fixtures'
import { parisDay } from './crmData'
import { createLead } from './leadData'
import { createProperty } from './propertyData'

const ZONE = 'Europe/Paris'

interface VisitAnswer {
  id: number
  starts_at: string
  ends_at: string
  status: string
  agent_id: number
}

function parisTime(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso))
}

// A Paris wall-clock time as an instant with its offset (+01:00 in winter, +02:00 in summer).
function parisInstant(day: string, time: string): string {
  for (const offset of ['+01:00', '+02:00']) {
    const iso = `${day}T${time}:00${offset}`
    if (parisDay(new Date(iso)) === day && parisTime(iso) === time) return iso
  }
  throw new Error(`no instant for ${day} ${time}`)
}

// A Tuesday at least `daysAhead` days away on which the agent has no appointment at all, so the test's
// own visits meet nothing seeded.
async function freeTuesday(session: ApiSession, daysAhead: number): Promise<string> {
  const start = new Date(Date.now() + daysAhead * 86_400_000)
  while (new Date(`${parisDay(start)}T12:00:00Z`).getUTCDay() !== 2) start.setTime(start.getTime() + 86_400_000)
  for (let week = 0; week < 10; week += 1) {
    const day = parisDay(new Date(start.getTime() + week * 7 * 86_400_000))
    const response = await session.context.get(`/api/v1/visits?agent_id=${session.user.id}&from=${day}&to=${day}`)
    expect(response.status(), await response.text()).toBe(200)
    if (((await response.json()) as { total: number }).total === 0) return day
  }
  throw new Error('no free Tuesday for the agent')
}

async function visitOf(session: ApiSession, id: number): Promise<VisitAnswer> {
  const response = await session.context.get(`/api/v1/visits/${id}`)
  expect(response.status()).toBe(200)
  return (await response.json()) as VisitAnswer
}

// Drags an event of the week view with the mouse so that it starts at `time` on `day`: grabbed and dropped
// at the same height within their slots, the move is a whole number of slots.
async function dragEvent(page: Page, event: Locator, day: string, time: string): Promise<void> {
  await event.scrollIntoViewIfNeeded()
  const grab = await event.boundingBox()
  const column = await page.locator(`td.fc-timegrid-col[data-date="${day}"]`).boundingBox()
  const lane = await page.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox()
  if (!grab || !column || !lane) throw new Error('calendar not laid out')
  await page.mouse.move(grab.x + grab.width / 2, grab.y + 4)
  await page.mouse.down()
  await page.mouse.move(grab.x + grab.width / 2, grab.y + 24, { steps: 5 })
  await page.mouse.move(column.x + column.width / 2, lane.y + 4, { steps: 15 })
  await page.mouse.up()
}

test('a visit planned from a lead shows in the week view, moves by dragging, and a conflict is refused', async ({ page }) => {
  test.setTimeout(90_000)
  const agent = await apiSession(DEMO.agent)
  const property = await createProperty(agent, { street: '12 rue Victor Hugo', postal_code: '69002', city: 'Lyon' })
  const lead = await createLead(agent, { property_id: property.id })
  const day = await freeTuesday(agent, 14)

  // 1. From the lead's page: the form knows the lead's contact and property.
  await loginAs(page, DEMO.agent)
  await page.goto(`/leads/${lead.id}`)
  await waitForPage(page)
  await page.getByRole('button', { name: 'Planifier une visite' }).click()
  const dialog = page.getByRole('dialog', { name: 'Planifier un rendez-vous' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'Contacts choisis' })).toContainText(lead.contact.last_name ?? '')
  await expect(dialog.getByRole('group', { name: 'Bien' })).toContainText(property.reference)
  await dialog.getByLabel('Date', { exact: true }).fill(day)
  await dialog.getByLabel('Heure de début').fill('10:00')
  await dialog.getByLabel('Durée').selectOption({ label: '1\u00a0h' })
  await dialog.getByRole('button', { name: 'Planifier', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Visite planifiée' })).toContainText('10:00')

  const listed = await agent.context.get(`/api/v1/visits?lead_id=${lead.id}`)
  const { items } = (await listed.json()) as { items: VisitAnswer[] }
  expect(items).toHaveLength(1)
  const visit = items[0]
  expect(parisDay(new Date(visit.starts_at))).toBe(day)
  expect(parisTime(visit.starts_at)).toBe('10:00')
  expect(parisTime(visit.ends_at)).toBe('11:00')

  // 2. The week of the visit, in the calendar: the agent's initials and the property on the event.
  await page.getByRole('link', { name: 'Voir dans l’agenda' }).click()
  await expectHeading(page, 'Agenda')
  await expect(page.getByRole('button', { name: 'Semaine', exact: true })).toHaveAttribute('aria-pressed', 'true')
  const event = page.locator('.fc-timegrid-event').filter({ hasText: property.title })
  await expect(event).toBeVisible()
  await expect(event).toContainText(/^.*10:00.*11:00/)
  const initials = agent.user.name
    .split(/[\s-]+/)
    .map((part) => part[0].toUpperCase())
    .join('')
    .slice(0, 3)
  await expect(event).toContainText(`${initials} · Visite`)
  await expect(page.getByRole('region', { name: 'Agents' })).toContainText(agent.user.name)

  // 3. Dragged with the mouse to 14:00: the server has the new time.
  await dragEvent(page, event, day, '14:00')
  await expect(page.getByRole('status').filter({ hasText: 'Rendez-vous déplacé' })).toHaveCount(1)
  await expect.poll(async () => parisTime((await visitOf(agent, visit.id)).starts_at)).toBe('14:00')
  const moved = await visitOf(agent, visit.id)
  expect(parisDay(new Date(moved.starts_at))).toBe(day)
  expect(parisTime(moved.ends_at)).toBe('15:00')

  // 4. Another appointment of the agent at 16:00: dropping the visit on it is refused with its message,
  //    and the event goes back to 14:00. An agent has no "Planifier quand même".
  const other = await agent.send('POST', '/api/v1/visits', {
    kind: 'estimation',
    property_id: (await createProperty(agent)).id,
    contact_ids: [lead.contact_id],
    starts_at: parisInstant(day, '16:00'),
    ends_at: parisInstant(day, '17:00'),
  })
  expect(other.status(), await other.text()).toBe(201)
  await page.reload()
  await waitForPage(page)
  const again = page.locator('.fc-timegrid-event').filter({ hasText: property.title })
  await expect(again).toContainText('14:00')
  await dragEvent(page, again, day, '16:00')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('a déjà un rendez-vous')
  await expect(alert.getByRole('button', { name: 'Planifier quand même' })).toHaveCount(0)
  await expect(again).toContainText('14:00')
  expect(parisTime((await visitOf(agent, visit.id)).starts_at)).toBe('14:00')
})

test('a manager moves a visit over a conflict with "Planifier quand même", from the keyboard and by dragging', async ({ page }) => {
  const agent = await apiSession(DEMO.agent)
  const day = await freeTuesday(agent, 28)
  const contact = (await createLead(agent)).contact_id
  const book = async (time: string, end: string) => {
    const response = await agent.send('POST', '/api/v1/visits', {
      property_id: (await createProperty(agent)).id,
      contact_ids: [contact],
      starts_at: parisInstant(day, time),
      ends_at: parisInstant(day, end),
    })
    expect(response.status(), await response.text()).toBe(201)
    return (await response.json()) as VisitAnswer
  }
  const first = await book('09:00', '10:00')
  await book('11:00', '12:00')

  await loginAs(page, DEMO.manager)
  await page.goto(`/agenda?date=${day}&agent=all`)
  await waitForPage(page)
  // Every event is a stop of the Tab key; Enter opens it.
  const event = page.locator('.fc-timegrid-event').filter({ hasText: '09:00' }).first()
  await event.focus()
  await page.keyboard.press('Enter')
  const summary = page.getByRole('dialog', { name: 'Visite' })
  await expect(summary).toContainText(agent.user.name)
  await summary.getByRole('button', { name: 'Modifier ou déplacer' }).click()
  const form = page.getByRole('dialog', { name: 'Modifier le rendez-vous' })
  await form.getByLabel('Heure de début').fill('11:30')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(form.getByRole('alert')).toContainText('a déjà un rendez-vous')
  await form.getByRole('button', { name: 'Planifier quand même' }).click()
  await expect(form).toBeHidden()
  const moved = await visitOf(agent, first.id)
  expect(parisTime(moved.starts_at)).toBe('11:30')

  // Dragged onto another appointment, the visit goes back; the manager may drop it there anyway.
  await book('15:00', '16:00')
  await page.reload()
  await waitForPage(page)
  const event1130 = page.locator('.fc-timegrid-event').filter({ hasText: /^11:30/ })
  await dragEvent(page, event1130, day, '15:00')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('a déjà un rendez-vous')
  expect(parisTime((await visitOf(agent, first.id)).starts_at)).toBe('11:30')
  await alert.getByRole('button', { name: 'Planifier quand même' }).click()
  await expect.poll(async () => parisTime((await visitOf(agent, first.id)).starts_at)).toBe('15:00')
})

test('a slot chosen in the calendar and a property page both open the form with what they know', async ({ page }) => {
  const agent = await apiSession(DEMO.agent)
  const property = await createProperty(agent, { street: '3 place Bellecour', postal_code: '69002', city: 'Lyon' })
  const lead = await createLead(agent)
  const day = await freeTuesday(agent, 42)

  // A click on 09:00 of a free day: the form has that date and time (and an hour); property and contact are
  // searched.
  await loginAs(page, DEMO.agent)
  await page.goto(`/agenda?date=${day}`)
  await waitForPage(page)
  const column = await page.locator(`td.fc-timegrid-col[data-date="${day}"]`).boundingBox()
  const lane = await page.locator('td.fc-timegrid-slot-lane[data-time="09:00:00"]').boundingBox()
  if (!column || !lane) throw new Error('calendar not laid out')
  await page.mouse.click(column.x + column.width / 2, lane.y + 3)
  const form = page.getByRole('dialog', { name: 'Planifier un rendez-vous' })
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue(day)
  await expect(form.getByLabel('Heure de début')).toHaveValue('09:00')
  await expect(form.getByLabel('Durée')).toHaveValue('60')
  await form.getByLabel('Chercher un bien').fill(property.title)
  await form.getByRole('button', { name: `Choisir ${property.reference} · ${property.title}` }).click()
  await expect(form.getByLabel('Lieu')).toHaveValue('3 place Bellecour, 69002 Lyon')
  await form.getByLabel('Ajouter un contact').fill(lead.contact.email ?? '')
  await form.getByRole('button', { name: new RegExp(`^Ajouter .*${lead.contact.last_name}`) }).click()
  await expect(form.getByRole('list', { name: 'Contacts choisis' })).toContainText(lead.contact.last_name ?? '')
  await form.getByRole('button', { name: 'Planifier', exact: true }).click()
  await expect(form).toBeHidden()
  await expect(page.locator('.fc-timegrid-event').filter({ hasText: property.title })).toContainText('09:00 - 10:00')
  const listed = await agent.context.get(`/api/v1/visits?property_id=${property.id}`)
  const { items } = (await listed.json()) as { items: (VisitAnswer & { place: string; contact_ids: number[] })[] }
  expect(items).toHaveLength(1)
  expect(items[0].contact_ids).toEqual([lead.contact_id])
  expect(items[0].place).toBe('3 place Bellecour, 69002 Lyon')

  // From the property's page: the property and its address are already there.
  await page.goto(`/biens/${property.id}`)
  await waitForPage(page)
  await page.getByRole('button', { name: 'Planifier une visite' }).click()
  const fromProperty = page.getByRole('dialog', { name: 'Planifier un rendez-vous' })
  await expect(fromProperty.getByRole('group', { name: 'Bien' })).toContainText(property.reference)
  await expect(fromProperty.getByLabel('Lieu')).toHaveValue('3 place Bellecour, 69002 Lyon')
  // The server's refusal names the field: a visit needs a contact.
  await fromProperty.getByLabel('Date', { exact: true }).fill(day)
  await fromProperty.getByLabel('Heure de début').fill('11:00')
  await fromProperty.getByRole('button', { name: 'Planifier', exact: true }).click()
  await expect(fromProperty.locator('#visit-contacts-error')).toBeVisible()
  await expect(fromProperty.getByRole('alert')).toBeVisible()
  expect(((await (await agent.context.get(`/api/v1/visits?property_id=${property.id}`)).json()) as { total: number }).total).toBe(1)
})

test('the week of the March DST change shows each visit at its Paris time', async ({ page }) => {
  const agent = await apiSession(DEMO.agent2)
  const contact = (await createLead(agent)).contact_id
  // Clocks go forward at 02:00 on Sunday 28 March 2027: the Friday is in winter time (+01:00), that Sunday's
  // morning already in summer time (+02:00), both in the same week.
  for (const [day, offset] of [
    ['2027-03-26', '+01:00'],
    ['2027-03-28', '+02:00'],
  ]) {
    const response = await agent.send('POST', '/api/v1/visits', {
      property_id: (await createProperty(agent)).id,
      contact_ids: [contact],
      starts_at: `${day}T10:00:00${offset}`,
      ends_at: `${day}T10:45:00${offset}`,
    })
    expect(response.status(), await response.text()).toBe(201)
  }
  await loginAs(page, DEMO.agent2)
  await page.goto('/agenda?date=2027-03-28')
  await waitForPage(page)
  for (const day of ['2027-03-26', '2027-03-28']) {
    await expect(page.locator(`td.fc-timegrid-col[data-date="${day}"] .fc-timegrid-event`)).toHaveText(/^10:00 - 10:45/)
  }
})

for (const [label, viewport] of [
  ['desktop', DESKTOP_VIEWPORT],
  ['mobile', MOBILE_VIEWPORT],
] as const) {
  test.describe(`Agenda: axe finds no WCAG 2.1 AA violation (${label})`, () => {
    test.use({ viewport })

    test('week and month views, and the visit form with its errors', async ({ page }) => {
      const agent = await apiSession(DEMO.agent)
      const day = await freeTuesday(agent, 35)
      const booked = await agent.send('POST', '/api/v1/visits', {
        property_id: (await createProperty(agent)).id,
        contact_ids: [(await createLead(agent)).contact_id],
        starts_at: parisInstant(day, '10:00'),
        ends_at: parisInstant(day, '11:00'),
      })
      expect(booked.status(), await booked.text()).toBe(201)
      const cancelled = (await (
        await agent.send('POST', '/api/v1/visits', {
          kind: 'estimation',
          property_id: (await createProperty(agent)).id,
          contact_ids: [(await createLead(agent)).contact_id],
          starts_at: parisInstant(day, '15:00'),
          ends_at: parisInstant(day, '16:00'),
        })
      ).json()) as VisitAnswer
      expect((await agent.send('DELETE', `/api/v1/visits/${cancelled.id}`)).status()).toBe(200)

      await loginAs(page, DEMO.agent)
      await page.goto(`/agenda?date=${day}`)
      await expect(page.locator('.fc-event').first()).toBeVisible()
      await expect(page.locator('.logis-event-cancelled')).toContainText('Annulé')
      await checkPage(page, `${label}-agenda-week`)
      await page.getByRole('button', { name: 'Mois', exact: true }).click()
      await expect(page.locator('.fc-daygrid-day').first()).toBeVisible()
      await checkPage(page, `${label}-agenda-month`)
      await page.getByRole('button', { name: 'Liste', exact: true }).click()
      await checkPage(page, `${label}-agenda-list`)

      await page.getByRole('button', { name: 'Nouveau rendez-vous' }).click()
      const form = page.getByRole('dialog', { name: 'Planifier un rendez-vous' })
      await expect(form).toBeVisible()
      await checkPage(page, `${label}-visit-form`)
      await form.getByRole('button', { name: 'Planifier', exact: true }).click()
      await expect(form.getByRole('alert')).toContainText('Indiquez la date du rendez-vous.')
      await checkPage(page, `${label}-visit-form-errors`)
      // The server's messages, beside their fields: a visit needs a property and a contact.
      await form.getByLabel('Date', { exact: true }).fill(day)
      await form.getByLabel('Heure de début').fill('18:00')
      await form.getByRole('button', { name: 'Planifier', exact: true }).click()
      await expect(form.locator('#visit-property-error')).toBeVisible()
      await checkPage(page, `${label}-visit-form-server-errors`)
    })
  })
}
