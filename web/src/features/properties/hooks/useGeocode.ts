import { queryString, useApiQuery } from '../../../api'
import type { GeocodeResult } from '../types/property'

// Runs when the person asks (q set by the search button), never while they type.
export function useGeocode(q: string | null) {
  return useApiQuery<{ items: GeocodeResult[] }>(['geocode', q], `/geocode${queryString({ q })}`, {
    enabled: Boolean(q),
    staleTime: 5 * 60_000,
    retry: false,
  })
}
