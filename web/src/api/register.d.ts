import '@tanstack/react-query'
import type { ApiError } from './ApiError'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
    // A request that may answer 401 as a normal outcome (login, logout) sets this.
    mutationMeta: { expectsUnauthorized?: boolean }
  }
}
