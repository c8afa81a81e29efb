export type SmsProvider = 'console' | 'twilio'
export type SmsPurpose = 'transactional' | 'marketing'
export type SmsState = 'queued' | 'deferred' | 'sending' | 'sent' | 'delivered' | 'failed' | 'received'

export interface SmsSettings {
  provider: SmsProvider
  api_base_url: string | null
  default_api_base_url: string
  account_sid: string | null
  has_auth_token: boolean
  sender_name: string | null
  enabled: boolean
  status_callback_url: string
  inbound_url: string
}

// A PUT changes the fields it gives; an absent auth_token keeps the stored one.
export interface SmsSettingsChange {
  provider?: SmsProvider
  api_base_url?: string | null
  account_sid?: string | null
  auth_token?: string
  sender_name?: string | null
  enabled?: boolean
}

export interface SmsInput {
  contact_id?: number
  lead_id?: number
  body: string
  purpose: SmsPurpose
}

export interface Sms {
  id: number
  direction: 'out' | 'in'
  contact_id: number | null
  lead_id: number | null
  phone: string
  phone_display: string
  body: string
  purpose: SmsPurpose
  state: SmsState
  not_before: string | null
  error: string | null
  segments: number
}
