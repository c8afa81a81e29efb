// A contact as the contacts API describes it: the primary email (lowercased) and phone (E.164) are
// copies of the first of their kind; times are ISO 8601 in UTC.

export const CONTACT_ROLES = ['acquereur', 'vendeur', 'locataire', 'bailleur'] as const
export type ContactRole = (typeof CONTACT_ROLES)[number]

export const CIVILITIES = ['M.', 'Mme'] as const

export const CONTACT_LANGUAGES = ['fr', 'en'] as const

// The API gives a channel as its bare value or as an object; both read the same here.
export type Channel = string | { value: string; label?: string | null; display?: string | null }

export interface Consent {
  id?: number
  channel: 'email' | 'sms'
  granted: boolean
  at: string
  source: string
  wording: string
  ip?: string | null
}

export interface OwnedProperty {
  id: number
  reference: string
  title: string
}

export interface Contact {
  id: number
  civility: string | null
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
  phone_display: string | null
  emails: Channel[]
  phones: Channel[]
  street: string | null
  postal_code: string | null
  city: string | null
  country: string
  preferred_language: string
  roles: ContactRole[]
  notes: string | null
  agent_id: number | null
  agent_name?: string | null
  consent_email: boolean
  consent_sms: boolean
  last_inbound_at: string | null
  created_at: string
  updated_at: string
  // Shown when the detail route gives them (consent proofs, properties owned).
  consents?: Consent[]
  properties?: OwnedProperty[]
}

export interface DuplicateContact {
  id: number
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
}

export interface ContactInput {
  civility: string | null
  first_name: string | null
  last_name: string | null
  emails: string[]
  phones: string[]
  street: string | null
  postal_code: string | null
  city: string | null
  preferred_language: string
  roles: ContactRole[]
  notes: string | null
  agent_id: number | null
  consent_email?: boolean
  consent_sms?: boolean
  consent_source?: string
  consent_wording?: string
  allow_duplicate?: boolean
}
