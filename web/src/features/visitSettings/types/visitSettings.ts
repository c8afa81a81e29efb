// What /visit-settings, /agents/{id}/availability and /calendar-feed answer (docs/api/openapi.yaml).
export interface VisitSettings {
  reminder_offsets_minutes: number[]
  remind_by_email: boolean
  remind_by_sms: boolean
  remind_contacts: boolean
  remind_agents: boolean
  time_zone: string
}

export interface WorkingRange {
  weekday: number
  starts: string
  ends: string
}

export interface Unavailability {
  id: number
  starts_at: string
  ends_at: string
  reason: string | null
}

export interface Availability {
  agent_id: number
  time_zone: string
  working_hours: WorkingRange[]
  unavailabilities: Unavailability[]
}

export interface CalendarFeed {
  active: boolean
  created_at: string | null
}
