import { useQueryClient } from '@tanstack/react-query'
import { queryString, useApiMutation, useApiQuery, type Paginated } from '../../../api'
import type { HistoryEntry, Property, PropertyInput, PropertyPoints } from '../types/property'
import { PER_PAGE, type PropertyFilters, type PropertySort } from '../utils/filters'

export const PROPERTIES_QUERY_KEY = ['properties'] as const

export function propertyQueryKey(id: number) {
  return [...PROPERTIES_QUERY_KEY, 'one', id] as const
}

export function useProperties(filters: PropertyFilters, sort: PropertySort, page: number, enabled = true) {
  const query = queryString({ ...filters, sort, page, per_page: PER_PAGE })
  return useApiQuery<Paginated<Property>>([...PROPERTIES_QUERY_KEY, 'list', query], `/properties${query}`, {
    enabled,
    placeholderData: (previous) => previous,
  })
}

// bbox is Leaflet's toBBoxString(): west,south,east,north.
export function usePropertyPoints(filters: PropertyFilters, bbox: string | null) {
  const query = queryString({ ...filters, bbox })
  return useApiQuery<PropertyPoints>([...PROPERTIES_QUERY_KEY, 'points', query], `/properties/points${query}`, {
    enabled: bbox !== null,
    placeholderData: (previous) => previous,
  })
}

export function useProperty(id: number) {
  return useApiQuery<Property>(propertyQueryKey(id), `/properties/${id}`, { enabled: Number.isInteger(id) })
}

export function usePropertyHistory(id: number, page: number, enabled: boolean) {
  return useApiQuery<Paginated<HistoryEntry>>(
    [...propertyQueryKey(id), 'history', page],
    `/properties/${id}/history${queryString({ page, per_page: 20 })}`,
    { enabled, placeholderData: (previous) => previous },
  )
}

export function useCreateProperty() {
  return useApiMutation<Property, Partial<PropertyInput>>({
    method: 'POST',
    path: '/properties',
    body: (input) => input,
    invalidates: [PROPERTIES_QUERY_KEY],
  })
}

export function useUpdateProperty(id: number) {
  return useApiMutation<Property, Partial<PropertyInput>>({
    method: 'PATCH',
    path: `/properties/${id}`,
    body: (change) => change,
    invalidates: [PROPERTIES_QUERY_KEY],
  })
}

export function useArchiveProperty(id: number) {
  const queryClient = useQueryClient()
  const mutation = useApiMutation<void>({ method: 'DELETE', path: `/properties/${id}` })
  return {
    ...mutation,
    // The archived property answers 404 from now on: drop it rather than refetch it.
    archive: (options: { onSuccess: () => void }) =>
      mutation.mutate(undefined, {
        onSuccess: () => {
          queryClient.removeQueries({ queryKey: propertyQueryKey(id) })
          void queryClient.invalidateQueries({ queryKey: [...PROPERTIES_QUERY_KEY, 'list'] })
          void queryClient.invalidateQueries({ queryKey: [...PROPERTIES_QUERY_KEY, 'points'] })
          options.onSuccess()
        },
      }),
  }
}
