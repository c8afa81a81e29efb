export type TaskScope = 'overdue' | 'today' | 'upcoming' | 'done'

export const TASK_SCOPES: readonly TaskScope[] = ['overdue', 'today', 'upcoming', 'done']

export interface Task {
  id: number
  title: string
  due_at: string
  done_at: string | null
  lead_id: number | null
  contact_id: number | null
  contact_name?: string | null
  overdue?: boolean
  assigned_to: number
  created_at?: string
}

export interface TaskInput {
  title: string
  due_at: string
  lead_id?: number
}
