import { apiRequest, queryString, useApiMutation, useApiQuery, type Paginated } from '../../../api'
import type { Property } from '../../properties/types/property'
import type { Interaction, InteractionInput, Lead, LeadList, LeadSource, QuickLeadInput } from '../types/lead'
import type { LeadFilters } from '../utils/filters'

export const LEADS_QUERY_KEY = ['leads'] as const
// Under the leads key, so whatever refreshes leads (a proposal recorded elsewhere) refreshes timelines too.
export const INTERACTIONS_QUERY_KEY = [...LEADS_QUERY_KEY, 'interactions'] as const

export function leadQueryKey(id: number) {
  return [...LEADS_QUERY_KEY, 'one', id] as const
}

export function useLeads(filters: LeadFilters, page: number, perPage: number) {
  const query = queryString({ ...filters, page, per_page: perPage })
  return useApiQuery<LeadList>([...LEADS_QUERY_KEY, 'list', query], `/leads${query}`, {
    placeholderData: (previous) => previous,
  })
}

export function useLead(id: number) {
  return useApiQuery<Lead>(leadQueryKey(id), `/leads/${id}`, { enabled: Number.isInteger(id) })
}

export function useCreateLead() {
  return useApiMutation<Lead, QuickLeadInput>({
    method: 'POST',
    path: '/leads',
    body: (input) => input,
    invalidates: [LEADS_QUERY_KEY, ['contacts']],
  })
}

export function useUpdateLead() {
  return useApiMutation<Lead, { id: number; change: Partial<Lead> }>({
    method: 'PATCH',
    path: ({ id }) => `/leads/${id}`,
    body: ({ change }) => change,
    invalidates: [LEADS_QUERY_KEY, INTERACTIONS_QUERY_KEY],
  })
}

export function useLeadSources() {
  return useApiQuery<{ items: LeadSource[] }>(['lead-sources'], '/lead-sources', { staleTime: 60_000 })
}

// The timeline of a lead or of a contact (all their leads), newest first.
export function useInteractions(owner: 'leads' | 'contacts', id: number, types: string[], page: number) {
  const query = queryString({ type: types.join(','), page, per_page: 20 })
  return useApiQuery<Paginated<Interaction>>(
    [...INTERACTIONS_QUERY_KEY, owner, id, query],
    `/${owner}/${id}/interactions${query}`,
    { placeholderData: (previous) => previous },
  )
}

export function useLogInteraction(leadId: number) {
  return useApiMutation<Interaction, InteractionInput>({
    method: 'POST',
    path: `/leads/${leadId}/interactions`,
    body: (input) => input,
    invalidates: [INTERACTIONS_QUERY_KEY, leadQueryKey(leadId)],
  })
}

// The property a caller names by its reference ("REF-0042"), through the property search.
export async function findPropertyByReference(reference: string): Promise<Property | null> {
  const found = await apiRequest<Paginated<Property>>(`/properties${queryString({ q: reference, per_page: 10 })}`)
  const wanted = reference.trim().toLocaleLowerCase()
  return found.items.find((property) => property.reference.toLocaleLowerCase() === wanted) ?? null
}
