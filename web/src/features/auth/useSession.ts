import { useQuery } from '@tanstack/react-query'
import { apiRequest, isApiError, setCsrfToken, type ApiError } from '../../api'
import { SESSION_QUERY_KEY } from './session'
import type { SessionResponse } from './types'

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await apiRequest<SessionResponse>('/auth/me')
    setCsrfToken(session.csrf_token)
    return session
  } catch (error) {
    if (isApiError(error) && error.isUnauthorized) return null
    throw error
  }
}

export function useSession() {
  const query = useQuery<SessionResponse | null, ApiError>({
    queryKey: SESSION_QUERY_KEY,
    queryFn: fetchSession,
    staleTime: 5 * 60_000,
  })
  return { ...query, user: query.data?.user ?? null }
}

// For components rendered inside RequireAuth, where a user is guaranteed.
export function useCurrentUser() {
  const { user } = useSession()
  if (!user) throw new Error('useCurrentUser used outside an authenticated route')
  return user
}
