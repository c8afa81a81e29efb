export interface ConversationContact {
  id: number
  first_name: string | null
  last_name: string | null
  email: string | null
}

export interface Conversation {
  contact: ConversationContact
  last_message: {
    id: number
    direction: 'in' | 'out'
    subject: string
    snippet: string
    state: string
    date: string
  }
  unread_count: number
}

export interface EmailAttachment {
  id: number
  filename: string
  content_type: string
  size_bytes: number
  url: string
}

export interface EmailMessage {
  id: number
  direction: 'in' | 'out'
  thread_id: number
  lead_id: number | null
  from: { name: string | null; email: string }
  to: string[]
  subject: string
  body_text: string | null
  body_html: string | null
  state: 'received' | 'queued' | 'sending' | 'sent' | 'failed'
  server_answer: string | null
  read: boolean
  created_at: string
  incomplete: string[]
  attachments: EmailAttachment[]
}

// POST /api/v1/emails (the email-out side).
export interface NewEmail {
  contact_id: number
  lead_id?: number
  subject: string
  body_html: string
  in_reply_to_email_id?: number
  property_sheet_ids?: number[]
}

export interface EmailTemplate {
  id: number
  name: string
}

export interface TemplatePreview {
  subject: string
  body_html: string
}
