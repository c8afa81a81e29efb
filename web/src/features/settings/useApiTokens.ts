import { useApiMutation, useApiQuery, type Paginated } from '../../api'

export interface ApiToken {
  id: number
  name: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
  created_by: unknown
}

export interface CreatedApiToken {
  id: number
  name: string
  created_at: string
  token: string
}

export const API_TOKENS_QUERY_KEY = ['api-tokens'] as const

export function useApiTokens() {
  return useApiQuery<Paginated<ApiToken>>(API_TOKENS_QUERY_KEY, '/api-tokens?per_page=100')
}

export function useCreateApiToken() {
  return useApiMutation<CreatedApiToken, string>({
    method: 'POST',
    path: '/api-tokens',
    body: (name) => ({ name }),
    invalidates: [API_TOKENS_QUERY_KEY],
  })
}

export function useRevokeApiToken() {
  return useApiMutation<void, number>({
    method: 'DELETE',
    path: (id) => `/api-tokens/${id}`,
    invalidates: [API_TOKENS_QUERY_KEY],
  })
}
