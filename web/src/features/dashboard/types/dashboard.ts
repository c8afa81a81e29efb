import type { Task } from '../../tasks/types/task'

export interface DashboardContact {
  id?: number
  first_name: string | null
  last_name: string | null
}

export interface DashboardLead {
  id: number
  status: string
  source: string
  source_label?: string
  contact: DashboardContact | null
  next_action_at: string | null
  created_at: string
}

export interface SourceConversion {
  source: string
  label?: string
  leads: number
  converted: number
  rate: number
}

// GET /api/v1/dashboard
export interface Dashboard {
  tasks: { overdue: Task[]; today: Task[] }
  leads_due: DashboardLead[]
  new_leads: { count: number; items: DashboardLead[] }
  conversion_by_source: SourceConversion[]
  days: number
}

export function contactName(contact: DashboardContact | null, fallback: string): string {
  const name = [contact?.first_name, contact?.last_name].filter(Boolean).join(' ').trim()
  return name || fallback
}
