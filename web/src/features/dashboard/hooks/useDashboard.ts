import { queryString, useApiMutation, useApiQuery } from '../../../api'
import type { Dashboard } from '../types/dashboard'

export const DASHBOARD_QUERY_KEY = ['dashboard'] as const

export function useDashboard(days: number) {
  const query = queryString({ days })
  return useApiQuery<Dashboard>([...DASHBOARD_QUERY_KEY, days], `/dashboard${query}`, {
    placeholderData: (previous) => previous,
  })
}

// "Fait" on a lead's next action: the follow-up is done, so the lead has no next action any more.
export function useClearNextAction() {
  return useApiMutation<unknown, number>({
    method: 'PATCH',
    path: (id) => `/leads/${id}`,
    body: () => ({ next_action_at: null }),
    invalidates: [DASHBOARD_QUERY_KEY, ['leads']],
  })
}
