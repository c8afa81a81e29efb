import type { QueryClient } from '@tanstack/react-query'
import { setCsrfToken } from '../../api'
import type { SessionResponse } from './types'

export const SESSION_QUERY_KEY = ['session'] as const

export function startSession(queryClient: QueryClient, session: SessionResponse): void {
  setCsrfToken(session.csrf_token)
  // Data cached for a previous user must never show for the next one.
  queryClient.clear()
  queryClient.setQueryData(SESSION_QUERY_KEY, session)
}

export function endSession(queryClient: QueryClient): void {
  setCsrfToken(null)
  queryClient.clear()
  queryClient.setQueryData(SESSION_QUERY_KEY, null)
}
