import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useApiMutation } from '../../api'
import { endSession } from './session'

export function useLogout() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const mutation = useApiMutation<void>({
    method: 'POST',
    path: '/auth/logout',
    meta: { expectsUnauthorized: true },
  })
  const logout = () => {
    // Whatever the server answers, this browser leaves the session.
    mutation.mutate(undefined, {
      onSettled: () => {
        endSession(queryClient)
        navigate('/connexion', { replace: true })
      },
    })
  }
  return { logout, isPending: mutation.isPending }
}
