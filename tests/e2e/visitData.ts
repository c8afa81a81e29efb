import { expect } from '@playwright/test'
import type { ApiSession } from './fixtures'
import { createContact } from './leadData'
import { createProperty, type CreatedProperty } from './propertyData'

export interface CreatedVisit {
  id: number
  property: CreatedProperty
  contactId: number
}

// A weekday some days from now (negative: ago), never a Sunday (without working hours an agent works
// Monday to Saturday), as YYYY-MM-DD in UTC.
export function weekdayFromNow(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000)
  if (day.getUTCDay() === 0) day.setUTCDate(day.getUTCDate() + (days >= 0 ? 1 : -1))
  return day.toISOString().slice(0, 10)
}

// A visit that took place (status done), on a property and with a contact of its own so tests never
// meet each other's appointments; hour: UTC, inside any French working day.
export async function createPastVisit(session: ApiSession, daysAgo: number, hour = 9): Promise<CreatedVisit> {
  return createVisit(session, -daysAgo, hour, 'done')
}

// A visit of its own property and contact, `days` from today at `hour` UTC.
export async function createVisit(session: ApiSession, days: number, hour: number, status: string): Promise<CreatedVisit> {
  const property = await createProperty(session)
  const contact = await createContact(session)
  const date = weekdayFromNow(days)
  const start = `${date}T${String(hour).padStart(2, '0')}:00:00Z`
  const end = `${date}T${String(hour).padStart(2, '0')}:45:00Z`
  const response = await session.send('POST', '/api/v1/visits', {
    property_id: property.id,
    contact_ids: [contact.id],
    starts_at: start,
    ends_at: end,
    status,
  })
  expect(response.status(), `POST /api/v1/visits: ${await response.text()}`).toBe(201)
  const visit = (await response.json()) as { id: number }
  return { id: visit.id, property, contactId: contact.id }
}

// The demo agency's visit done yesterday (logis seed-demo), with its property.
export async function demoVisitDone(session: ApiSession): Promise<{ id: number; property: CreatedProperty }> {
  const from = weekdayFromNow(-7)
  const response = await session.context.get(`/api/v1/visits?status=done&from=${from}&per_page=100`)
  expect(response.status(), `GET /api/v1/visits: ${await response.text()}`).toBe(200)
  const { items } = (await response.json()) as { items: { id: number; report: unknown; property: CreatedProperty | null }[] }
  const visit = items.find((item) => item.property !== null && item.report === null)
  expect(visit, 'a done demo visit without a report').toBeDefined()
  return { id: visit!.id, property: visit!.property! }
}
