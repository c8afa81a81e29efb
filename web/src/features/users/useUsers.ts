import { useQueryClient } from '@tanstack/react-query'
import { useApiMutation, useApiQuery, type Paginated } from '../../api'
import type { Role, User } from '../auth/types'

export const USERS_QUERY_KEY = ['users'] as const
export const USERS_PER_PAGE = 50

export function useUsers(page: number) {
  return useApiQuery<Paginated<User>>(
    [...USERS_QUERY_KEY, page],
    `/users?page=${page}&per_page=${USERS_PER_PAGE}`,
    { placeholderData: (previous) => previous },
  )
}

export interface Invitation {
  email: string
  name: string
  role: Role
}

export interface InvitationResult {
  user: User
  temporary_password: string
}

export function useInviteUser() {
  return useApiMutation<InvitationResult, Invitation>({
    method: 'POST',
    path: '/users',
    body: (invitation) => invitation,
    invalidates: [USERS_QUERY_KEY],
  })
}

export interface UserChange {
  id: number
  role?: Role
  active?: boolean
}

export function useUpdateUser() {
  return useApiMutation<User, UserChange>({
    method: 'PATCH',
    path: ({ id }) => `/users/${id}`,
    body: ({ id: _id, ...change }) => change,
    invalidates: [USERS_QUERY_KEY],
  })
}

export function useDeactivateUser() {
  return useApiMutation<User, number>({
    method: 'DELETE',
    path: (id) => `/users/${id}`,
    invalidates: [USERS_QUERY_KEY],
  })
}

// Shows a changed user at once, before the list is fetched again.
export function useReplaceUserInList() {
  const queryClient = useQueryClient()
  return (user: User) =>
    queryClient.setQueriesData<Paginated<User>>({ queryKey: USERS_QUERY_KEY }, (list) =>
      list ? { ...list, items: list.items.map((item) => (item.id === user.id ? user : item)) } : list,
    )
}
