import { isApiError, useApiMutation } from '../../../api'
import type { Visit, VisitConflict, VisitInput } from './visit'

// Every visit query lives under this key, so a booking or a move refreshes calendars and lists alike.
export const VISITS_QUERY_KEY = ['visits'] as const

export function useCreateVisit() {
  return useApiMutation<Visit, VisitInput>({
    method: 'POST',
    path: '/visits',
    body: (input) => input,
    invalidates: [VISITS_QUERY_KEY],
  })
}

export function useUpdateVisit() {
  return useApiMutation<Visit, { id: number; change: Partial<VisitInput> }>({
    method: 'PATCH',
    path: ({ id }) => `/visits/${id}`,
    body: ({ change }) => change,
    invalidates: [VISITS_QUERY_KEY],
  })
}

// The appointments a 409 names, beside its message; none for any other error.
export function conflictsOf(error: unknown): VisitConflict[] | null {
  if (!isApiError(error) || error.status !== 409 || error.code !== 'visit_conflict') return null
  const body = error.body as { conflicts?: VisitConflict[] } | null
  return body?.conflicts ?? []
}
