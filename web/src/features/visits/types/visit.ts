// What the visits API answers (docs/api/openapi.yaml, visits).
export type VisitKind = 'visit' | 'estimation' | 'signing' | 'inventory' | 'other'
export type VisitStatus = 'planned' | 'confirmed' | 'done' | 'cancelled' | 'no_show'
export type PriceOpinion = 'too_high' | 'high' | 'fair' | 'low'

export interface VisitReport {
  visit_id: number
  comment: string
  interest_level: number | null
  objections: string | null
  price_opinion: PriceOpinion | null
  follow_up_task_id: number | null
  created_at: string
  updated_at: string
}

export interface VisitVoucher {
  signed_via: 'drawn' | 'uploaded'
  signer_name: string | null
  signed_at: string
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
  property: { id: number; reference: string; title: string; city: string | null } | null
  contacts: { id: number; name: string }[]
  agent: { id: number; name: string } | null
  agents?: { id: number; name: string }[]
  conflict_override: boolean
  report: VisitReport | null
  voucher: VisitVoucher | null
  created_at: string
  updated_at: string
}

export interface ReportInput {
  comment: string
  interest_level: number | null
  objections: string | null
  price_opinion: PriceOpinion | null
  follow_up?: { title: string; due_at: string }
}

export interface VisitReminder {
  id: number
  offset_minutes: number
  channel: 'email' | 'sms'
  recipient_kind: 'contact' | 'user'
  recipient_id: number
  recipient_name?: string | null
  due_at: string
  state: 'scheduled' | 'sent' | 'skipped' | 'cancelled'
  // Why a reminder was skipped (no email address, no mobile number), in the agency's language.
  detail?: string | null
}

export interface SellerReportVisit {
  id: number
  starts_at: string
  status: VisitStatus
  visitors: string
  interest_level: number | null
  price_opinion: PriceOpinion | null
  objections: string | null
  comment: string | null
}

export interface SellerReport {
  property: { id: number; reference: string; title: string; city?: string | null }
  from: string
  to: string
  summary: {
    visits: number
    done: number
    no_show: number
    cancelled: number
    average_interest: number | null
    price_opinions: Partial<Record<PriceOpinion, number>>
  }
  visits: SellerReportVisit[]
}
