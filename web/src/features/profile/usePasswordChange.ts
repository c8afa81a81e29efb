import { useApiMutation } from '../../api'
import { SESSION_QUERY_KEY } from '../auth/session'

export interface PasswordChange {
  current_password: string
  new_password: string
}

export function usePasswordChange() {
  return useApiMutation<void, PasswordChange>({
    method: 'POST',
    path: '/auth/password',
    body: (change) => change,
    invalidates: [SESSION_QUERY_KEY],
  })
}
