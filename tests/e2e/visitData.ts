import { expect } from '@playwright/test'
import type { ApiSession } from './fixtures'
import { createContact } from './leadData'
import { createProperty, type CreatedProperty } from './propertyData'

export interface CreatedVisit {
  id: number
  property: CreatedProperty
  contactId: number
}

// A weekday some days ago (never a Sunday: without working hours an agent works Monday to Saturday),
// as YYYY-MM-DD in UTC.
export function pastWeekday(daysAgo: number): string {
  const day = new Date(Date.now() - daysAgo * 86_400_000)
  if (day.getUTCDay() === 0) day.setUTCDate(day.getUTCDate() - 1)
  return day.toISOString().slice(0, 10)
}

// A visit that took place (status done) on a property and with a contact of its own, so tests never
// meet each other's appointments; hour: UTC, inside any French working day.
export async function createPastVisit(session: ApiSession, daysAgo: number, hour = 9): Promise<CreatedVisit> {
  const property = await createProperty(session)
  const contact = await createContact(session)
  const date = pastWeekday(daysAgo)
  const start = `${date}T${String(hour).padStart(2, '0')}:00:00Z`
  const end = `${date}T${String(hour).padStart(2, '0')}:45:00Z`
  const response = await session.send('POST', '/api/v1/visits', {
    property_id: property.id,
    contact_ids: [contact.id],
    starts_at: start,
    ends_at: end,
    status: 'done',
  })
  expect(response.status(), `POST /api/v1/visits: ${await response.text()}`).toBe(201)
  const visit = (await response.json()) as { id: number }
  return { id: visit.id, property, contactId: contact.id }
}
