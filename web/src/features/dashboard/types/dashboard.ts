import type { Task } from '../../tasks/types/task'

export interface DashboardLead {
  id: number
  contact_id: number
  contact_name: string | null
  source: string
  status: string
  priority: string
  assigned_to: number | null
  next_action_at: string | null
  overdue: boolean
  created_at: string
}

export interface SourceConversion {
  source: string
  label: string
  leads: number
  converted: number
  // converted / leads, 0 to 1
  rate: number
}

// GET /api/v1/dashboard
export interface Dashboard {
  tasks: { overdue: Task[]; today: Task[] }
  follow_ups: DashboardLead[]
  new_leads: { days: number; count: number; items: DashboardLead[] }
  conversion_by_source: { days: number; items: SourceConversion[] }
}

export function leadName(lead: DashboardLead): string {
  return lead.contact_name?.trim() || `#${lead.id}`
}
