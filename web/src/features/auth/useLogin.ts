import { useApiMutation } from '../../api'
import type { SessionResponse } from './types'

export interface Credentials {
  email: string
  password: string
}

export function useLogin() {
  return useApiMutation<SessionResponse, Credentials>({
    method: 'POST',
    path: '/auth/login',
    body: (credentials) => credentials,
    // A 401 here means wrong credentials, not an expired session.
    meta: { expectsUnauthorized: true },
  })
}
