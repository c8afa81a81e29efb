export const JOB_STATUSES = ['failed', 'dead', 'queued', 'running', 'done'] as const
export type JobStatus = (typeof JOB_STATUSES)[number] | 'cancelled'

export interface Job {
  id: number
  kind: string
  status: JobStatus
  attempts: number
  max_attempts: number
  due_at: string
  last_error: string | null
  created_at: string
  updated_at: string
  finished_at: string | null
}
