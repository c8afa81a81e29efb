import { useApiMutation, useApiQuery, type Paginated } from '../../../api'
import type { Job, JobStatus } from '../types/job'

export const JOBS_QUERY_KEY = ['jobs'] as const
export const JOBS_PER_PAGE = 20

export function useJobs(status: JobStatus | null, page: number) {
  const query = new URLSearchParams({ page: String(page), per_page: String(JOBS_PER_PAGE) })
  if (status) query.set('status', status)
  // Jobs change state on their own (a worker runs them): the list refreshes while it is shown.
  return useApiQuery<Paginated<Job>>([...JOBS_QUERY_KEY, status, page], `/jobs?${query}`, {
    refetchInterval: 10_000,
  })
}

export function useRetryJob() {
  return useApiMutation<Job, number>({
    method: 'POST',
    path: (id) => `/jobs/${id}/retry`,
    invalidates: [JOBS_QUERY_KEY],
  })
}
