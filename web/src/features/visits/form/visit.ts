// A visit (or another appointment) as the visits API describes it: instants ISO 8601 in UTC.

export const VISIT_KINDS = ['visit', 'estimation', 'signing', 'inventory', 'other'] as const
export type VisitKind = (typeof VISIT_KINDS)[number]

export const VISIT_STATUSES = ['planned', 'confirmed', 'done', 'cancelled', 'no_show'] as const
export type VisitStatus = (typeof VISIT_STATUSES)[number]

export interface VisitPropertySummary {
  id: number
  reference: string
  title: string
  city: string | null
}

export interface VisitPerson {
  id: number
  name: string
}

export interface Visit {
  id: number
  kind: VisitKind
  property_id: number | null
  lead_id: number | null
  contact_ids: number[]
  agent_id: number
  agent_ids: number[]
  starts_at: string
  ends_at: string
  status: VisitStatus
  place: string | null
  notes: string | null
  sequence: number
  time_zone: string
  property: VisitPropertySummary | null
  contacts: VisitPerson[]
  agent: VisitPerson
  // The agent in charge, then the co-agents.
  agents: VisitPerson[]
  conflict_override: boolean
  created_at: string
  updated_at: string
}

// What POST /visits takes, and PATCH any part of it.
export interface VisitInput {
  kind: VisitKind
  property_id: number | null
  lead_id?: number | null
  contact_ids: number[]
  agent_id: number
  // The co-agents; the server adds agent_id first and drops duplicates. Left out, a change keeps them.
  agent_ids?: number[]
  starts_at: string
  ends_at: string
  status: VisitStatus
  place?: string | null
  notes: string | null
  override_conflicts?: boolean
}

export interface VisitConflict {
  type: 'agent_busy' | 'property_busy' | 'unavailable' | 'outside_working_hours'
  visit_id?: number
  agent_id?: number
  starts_at: string
  ends_at: string
  label: string
}

// The visit form opened with some of its fields known: a slot chosen in the calendar, a property, a lead.
export interface VisitPrefill {
  starts_at?: string
  ends_at?: string
  property?: VisitPropertySummary & { place?: string | null }
  contacts?: VisitPerson[]
  lead_id?: number
}

// A visit's co-agents: its agents but the one in charge.
export function coAgentsOf(visit: Pick<Visit, 'agent_id' | 'agents'>): VisitPerson[] {
  return visit.agents.filter((agent) => agent.id !== visit.agent_id)
}
