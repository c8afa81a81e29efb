export type Role = 'admin' | 'manager' | 'agent' | 'client'

export interface User {
  id: number
  email: string
  name: string
  role: Role
  active: boolean
  locale: 'fr' | 'en'
  must_change_password: boolean
  agency_id: number
  agency_name: string
  created_at: string
  last_login_at: string | null
}

export interface SessionResponse {
  user: User
  csrf_token: string
}
