import { queryString, useApiMutation, useApiQuery } from '../../../api'
import type { Availability, CalendarFeed, Unavailability, VisitSettings, WorkingRange } from '../types/visitSettings'

const SETTINGS_QUERY_KEY = ['visit-settings'] as const
const CALENDAR_FEED_QUERY_KEY = ['calendar-feed'] as const

export function useVisitSettings() {
  return useApiQuery<VisitSettings>(SETTINGS_QUERY_KEY, '/visit-settings')
}

export function useSaveVisitSettings() {
  return useApiMutation<VisitSettings, VisitSettings>({
    method: 'PUT',
    path: '/visit-settings',
    body: (settings) => settings,
    invalidates: [SETTINGS_QUERY_KEY],
  })
}

function availabilityKey(agentId: number) {
  return ['availability', agentId] as const
}

// The agent's hours and unavailabilities over the next two months (the API answers 62 days at most).
const AVAILABILITY_DAYS = 61

export function useAvailability(agentId: number) {
  const now = Date.now()
  const query = queryString({ from: isoSeconds(now), to: isoSeconds(now + AVAILABILITY_DAYS * 86_400_000) })
  return useApiQuery<Availability>(availabilityKey(agentId), `/agents/${agentId}/availability${query}`, {
    enabled: Number.isInteger(agentId) && agentId > 0,
  })
}

// "2026-03-29T08:00:00Z": the API's instants carry no milliseconds.
function isoSeconds(instant: number) {
  return `${new Date(instant).toISOString().slice(0, 19)}Z`
}

export function useSaveWorkingHours(agentId: number) {
  return useApiMutation<Availability, WorkingRange[]>({
    method: 'PUT',
    path: `/agents/${agentId}/working-hours`,
    body: (ranges) => ({ working_hours: ranges }),
    invalidates: [availabilityKey(agentId)],
  })
}

export function useAddUnavailability(agentId: number) {
  return useApiMutation<Unavailability, { starts_at: string; ends_at: string; reason: string | null }>({
    method: 'POST',
    path: `/agents/${agentId}/unavailabilities`,
    body: (input) => input,
    invalidates: [availabilityKey(agentId)],
  })
}

export function useDeleteUnavailability(agentId: number) {
  return useApiMutation<void, number>({
    method: 'DELETE',
    path: (id) => `/agents/${agentId}/unavailabilities/${id}`,
    invalidates: [availabilityKey(agentId)],
  })
}

export function useCalendarFeed() {
  return useApiQuery<CalendarFeed>(CALENDAR_FEED_QUERY_KEY, '/calendar-feed')
}

export function useCreateCalendarFeed() {
  return useApiMutation<{ url: string }>({ method: 'POST', path: '/calendar-feed', invalidates: [CALENDAR_FEED_QUERY_KEY] })
}

export function useDeleteCalendarFeed() {
  return useApiMutation<void>({ method: 'DELETE', path: '/calendar-feed', invalidates: [CALENDAR_FEED_QUERY_KEY] })
}
