import type { QueryClient } from '@tanstack/react-query'
import { setCsrfToken } from '../../api'
import type { SessionResponse } from './types'

export const SESSION_QUERY_KEY = ['session'] as const

// Data cached for one user must never show for the next. The session query itself is kept (not
// removed) so that components already watching it see the change and redirect.
function forgetEverythingButSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] })
}

export function startSession(queryClient: QueryClient, session: SessionResponse): void {
  setCsrfToken(session.csrf_token)
  forgetEverythingButSession(queryClient)
  queryClient.setQueryData(SESSION_QUERY_KEY, session)
}

export function endSession(queryClient: QueryClient): void {
  setCsrfToken(null)
  queryClient.setQueryData(SESSION_QUERY_KEY, null)
  forgetEverythingButSession(queryClient)
}
