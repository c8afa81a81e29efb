import { expect } from '@playwright/test'
import { uniqueSuffix, type ApiSession } from './fixtures'

// Data for the dashboard, task and matching tests, made through the API as a user would.

export interface CreatedTask {
  id: number
  title: string
}

export async function createTask(session: ApiSession, dueAt: Date, fields: Record<string, unknown> = {}): Promise<CreatedTask> {
  const title = `Rappeler ${uniqueSuffix()}`
  const response = await session.send('POST', '/api/v1/tasks', { title, due_at: dueAt.toISOString(), ...fields })
  expect(response.status(), `POST /api/v1/tasks: ${await response.text()}`).toBe(201)
  const body = (await response.json()) as { id: number }
  return { id: body.id, title }
}

export interface CreatedLead {
  id: number
  firstName: string
  lastName: string
  name: string
}

export async function createLead(session: ApiSession, fields: Record<string, unknown> = {}): Promise<CreatedLead> {
  const suffix = uniqueSuffix()
  const firstName = 'Camille'
  const lastName = `Testeur-${suffix}`
  const response = await session.send('POST', '/api/v1/leads', {
    contact: { first_name: firstName, last_name: lastName, email: `lead-${suffix}@exemple.fr` },
    source: 'phone',
    ...fields,
  })
  expect(response.status(), `POST /api/v1/leads: ${await response.text()}`).toBe(201)
  const body = (await response.json()) as { id: number }
  return { id: body.id, firstName, lastName, name: `${firstName} ${lastName}` }
}

// "YYYY-MM-DD" of an instant in Paris, the agency's zone, wherever the test runs.
export function parisDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
}

export function hoursFromNow(hours: number): Date {
  return new Date(Date.now() + hours * 3_600_000)
}
