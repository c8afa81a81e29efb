export type MailAccountKind = 'smtp' | 'imap'
export type MailSecurity = 'none' | 'starttls' | 'tls'

export interface MailAccount {
  id: number
  kind: MailAccountKind
  user_id: number | null
  host: string
  port: number
  security: MailSecurity
  username: string | null
  has_password: boolean
  from_name: string | null
  from_email: string | null
  folder: string
  mark_seen: boolean
  delete_after_fetch: boolean
  create_leads: boolean
  enabled: boolean
  last_error: string | null
  last_polled_at: string | null
}

// What the form sends: the password only when typed (write-only on the server).
export type MailAccountInput = Omit<MailAccount, 'id' | 'user_id' | 'has_password' | 'last_error' | 'last_polled_at'> & {
  password?: string
}

export interface MailAccountTest {
  ok: boolean
  answer?: string
}
