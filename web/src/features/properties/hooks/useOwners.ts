import { queryString, useApiMutation, useApiQuery, type Paginated } from '../../../api'
import type { OwnerContact } from '../types/owner'
import { propertyQueryKey } from './useProperties'

function ownersKey(propertyId: number) {
  return [...propertyQueryKey(propertyId), 'owners'] as const
}

export function usePropertyOwners(propertyId: number) {
  return useApiQuery<{ items: OwnerContact[] }>(ownersKey(propertyId), `/properties/${propertyId}/owners`)
}

// PUT replaces the whole list: adding or removing one owner sends every remaining id.
export function useSetPropertyOwners(propertyId: number) {
  return useApiMutation<{ items: OwnerContact[] }, number[]>({
    method: 'PUT',
    path: `/properties/${propertyId}/owners`,
    body: (contactIds) => ({ contact_ids: contactIds }),
    invalidates: [ownersKey(propertyId)],
  })
}

export function useContactSearch(text: string) {
  const q = text.trim()
  const query = queryString({ q, per_page: 8 })
  return useApiQuery<Paginated<OwnerContact>>(['contacts', 'list', query], `/contacts${query}`, {
    enabled: q.length >= 2,
    placeholderData: (previous) => previous,
  })
}

export interface NewOwnerInput {
  first_name: string
  last_name: string
  phone?: string
  email?: string
  roles: string[]
  allow_duplicate?: boolean
}

export function useCreateOwnerContact() {
  return useApiMutation<OwnerContact, NewOwnerInput>({
    method: 'POST',
    path: '/contacts',
    body: (input) => input,
    invalidates: [['contacts']],
  })
}
