export interface MatchedProperty {
  id: number
  reference: string
  title: string
  transaction?: string
  type?: string
  status?: string
  // The sale price, or the monthly rent of a rental.
  price_cents?: number | null
  living_area_m2?: number | null
  rooms?: number | null
  city?: string | null
  postal_code?: string | null
}

export interface PropertyMatch {
  property: MatchedProperty
  score: number
  reasons: string[]
  near_misses: string[]
}

export interface MatchedLead {
  id: number
  status: string
  contact: { id?: number; first_name: string | null; last_name: string | null } | null
  assigned_to?: number | null
  assigned_to_name?: string | null
}

export interface LeadMatch {
  lead: MatchedLead
  score: number
  reasons: string[]
  near_misses: string[]
}

export type ProposalAnswer = 'interested' | 'not_interested' | 'visit_requested'

export const PROPOSAL_ANSWERS: readonly ProposalAnswer[] = ['interested', 'not_interested', 'visit_requested']

export interface Proposal {
  id: number
  lead_id: number
  property: { id: number; reference: string; title: string }
  channel: string | null
  note: string | null
  answer: ProposalAnswer | null
  answered_at: string | null
  created_at: string
}
