import type { EnergyClass, Feature, PropertyType, Transaction } from '../../properties/types/property'

// A lead as the leads API describes it: money in cents, times ISO 8601 in UTC.

export const LEAD_STATUSES = ['new', 'in_progress', 'converted', 'lost'] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]

export const LEAD_PRIORITIES = ['low', 'normal', 'high'] as const
export type LeadPriority = (typeof LEAD_PRIORITIES)[number]

export interface Criterion {
  id?: number
  transaction: Transaction | null
  property_types: PropertyType[]
  budget_min_cents: number | null
  budget_max_cents: number | null
  living_area_min_m2: number | null
  rooms_min: number | null
  bedrooms_min: number | null
  cities: string[]
  postal_codes: string[]
  near: { lat: number; lon: number; radius_km: number } | null
  polygon: [number, number][] | null
  features: Feature[]
  dpe_max: EnergyClass | null
}

export interface LeadContact {
  id: number
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
}

export interface Lead {
  id: number
  contact_id: number
  contact: LeadContact
  contact_reused?: boolean
  source: string
  status: LeadStatus
  lost_reason: string | null
  property_id: number | null
  property_reference?: string | null
  property_title?: string | null
  assigned_to: number | null
  assigned_name?: string | null
  priority: LeadPriority
  next_action_at: string | null
  message: string | null
  criteria: Criterion[]
  created_at: string
  updated_at: string
}

export interface LeadList {
  items: Lead[]
  total: number
  page: number
  per_page: number
  total_exact?: boolean
  counts?: Partial<Record<LeadStatus, number>>
}

export interface LeadSource {
  id: number
  code: string
  label: string
  position: number
  active: boolean
}

export const INTERACTION_TYPES = ['call', 'email', 'sms', 'visit', 'meeting', 'note', 'status_change', 'proposal'] as const
export type InteractionType = (typeof INTERACTION_TYPES)[number]
export type Direction = 'in' | 'out'

export interface Interaction {
  id: number
  contact_id: number
  lead_id: number | null
  property_id: number | null
  type: InteractionType
  direction: Direction | null
  occurred_at: string
  summary: string
  body: string | null
  meta: Record<string, unknown> | null
  user_id: number | null
  user_name?: string | null
  created_at: string
}

export interface InteractionInput {
  type: InteractionType
  direction?: Direction
  summary: string
  body?: string
}

export interface QuickLeadInput {
  contact: { first_name: string | null; last_name: string | null; phone: string | null; email: string | null }
  source: string
  property_id?: number
  message: string | null
}
