import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api'
import { endSession } from '../features/auth/session'

// A 401 from any request means the session is gone: forget it, and RequireAuth sends the
// person back to the login page.
export function createQueryClient(): QueryClient {
  const handleUnauthorized = (error: unknown, expected = false) => {
    if (!expected && isApiError(error) && error.isUnauthorized) endSession(queryClient)
  }
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleUnauthorized(error) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) =>
        handleUnauthorized(error, mutation.meta?.expectsUnauthorized === true),
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          isApiError(error) && error.status >= 400 && error.status < 500 ? false : failureCount < 1,
        refetchOnWindowFocus: false,
      },
    },
  })
  return queryClient
}
