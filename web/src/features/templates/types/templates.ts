export type TemplateChannel = 'email' | 'sms'

export type TemplatePurpose =
  | 'reply'
  | 'follow_up'
  | 'visit_confirmation'
  | 'visit_reminder'
  | 'visit_report'
  | 'new_property_alert'
  | 'price_drop_alert'
  | 'custom'

export interface MessageTemplate {
  id: number
  channel: TemplateChannel
  purpose: TemplatePurpose
  name: string
  subject?: string
  body: string
  is_default: boolean
  archived: boolean
  archived_at: string | null
  created_at: string
  updated_at: string
}

export interface TemplateVariable {
  name: string
  group: string
  tag: string
  description: string
  example: string
}

export interface PreviewRecords {
  contact_id?: number
  lead_id?: number
  property_id?: number
}

export interface SmsLength {
  encoding: 'gsm7' | 'ucs2'
  units: number
  segments: number
}

export interface RenderedPreview {
  subject?: string
  body_html?: string
  body_text?: string
  body?: string
  length?: SmsLength
}
