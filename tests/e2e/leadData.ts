import { expect } from '@playwright/test'
import { uniqueSuffix, type ApiSession } from './fixtures'

export interface CreatedLead {
  id: number
  contact_id: number
  contact: { first_name: string | null; last_name: string | null; email: string | null }
  assigned_to: number | null
  assigned_name: string | null
}

// A lead with a new contact, entered as a phone call would be; anything in `fields` overrides.
export async function createLead(session: ApiSession, fields: Record<string, unknown> = {}): Promise<CreatedLead> {
  const suffix = uniqueSuffix()
  const response = await session.send('POST', '/api/v1/leads', {
    contact: { first_name: 'Claire', last_name: `Témoin ${suffix}`, email: `lead-${suffix}@demo.logis.test` },
    source: 'phone',
    message: 'Cherche un trois-pièces.',
    ...fields,
  })
  expect(response.status(), `POST /api/v1/leads: ${await response.text()}`).toBe(201)
  return (await response.json()) as CreatedLead
}

export async function createContact(session: ApiSession, fields: Record<string, unknown> = {}): Promise<{ id: number }> {
  const suffix = uniqueSuffix()
  const response = await session.send('POST', '/api/v1/contacts', {
    first_name: 'Paul',
    last_name: `Témoin ${suffix}`,
    emails: [`contact-${suffix}@demo.logis.test`],
    phones: ['06 12 34 56 78'],
    allow_duplicate: true,
    ...fields,
  })
  expect(response.status(), `POST /api/v1/contacts: ${await response.text()}`).toBe(201)
  return (await response.json()) as { id: number }
}
