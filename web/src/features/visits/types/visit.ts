// What the visits API answers (docs/api/openapi.yaml, visits).
import type { Visit as PlannedVisit, VisitKind, VisitStatus } from '../form/visit'

export type { VisitKind, VisitStatus }
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

// The visit with what happened after it (the form's Visit is what planning needs).
export interface Visit extends PlannedVisit {
  report: VisitReport | null
  voucher: VisitVoucher | null
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
