import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query'
import type { ApiError } from './ApiError'
import { apiRequest, type HttpMethod } from './client'

// The generic hooks every domain hook wraps: one place decides how data is fetched and refreshed.

export function useApiQuery<T>(
  queryKey: QueryKey,
  path: string,
  options: Omit<UseQueryOptions<T, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<T, ApiError>({
    queryKey,
    queryFn: ({ signal }) => apiRequest<T>(path, { signal }),
    ...options,
  })
}

interface ApiMutationOptions<TVariables> {
  method: Exclude<HttpMethod, 'GET'>
  path: string | ((variables: TVariables) => string)
  body?: (variables: TVariables) => unknown
  invalidates?: QueryKey[]
  meta?: { expectsUnauthorized?: boolean }
}

export function useApiMutation<TResult, TVariables = void>(options: ApiMutationOptions<TVariables>) {
  const queryClient = useQueryClient()
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn: (variables) =>
      apiRequest<TResult>(
        typeof options.path === 'function' ? options.path(variables) : options.path,
        { method: options.method, body: options.body?.(variables) },
      ),
    onSuccess: async () => {
      await Promise.all(
        (options.invalidates ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      )
    },
    meta: options.meta,
  })
}
