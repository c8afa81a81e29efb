import { queryString, useApiMutation, useApiQuery, type Paginated } from '../../../api'
import type { Task, TaskInput, TaskScope } from '../types/task'

export const TASKS_QUERY_KEY = ['tasks'] as const
// The dashboard lists tasks too: marking one done refreshes both.
const DASHBOARD_QUERY_KEY = ['dashboard'] as const

export function useTasks(scope: TaskScope, page: number) {
  const query = queryString({ scope, page, per_page: 20 })
  return useApiQuery<Paginated<Task>>([...TASKS_QUERY_KEY, query], `/tasks${query}`, {
    placeholderData: (previous) => previous,
  })
}

export function useCreateTask() {
  return useApiMutation<Task, TaskInput>({
    method: 'POST',
    path: '/tasks',
    body: (input) => input,
    invalidates: [TASKS_QUERY_KEY, DASHBOARD_QUERY_KEY],
  })
}

export function useCompleteTask() {
  return useApiMutation<Task, number>({
    method: 'PATCH',
    path: (id) => `/tasks/${id}`,
    body: () => ({ done: true }),
    invalidates: [TASKS_QUERY_KEY, DASHBOARD_QUERY_KEY],
  })
}
