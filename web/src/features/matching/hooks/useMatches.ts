import { queryString, useApiMutation, useApiQuery, type Paginated } from '../../../api'
import type { LeadMatch, Proposal, ProposalAnswer, PropertyMatch } from '../types/matching'

// Under the leads' key: a proposal writes to the lead's timeline, so it refreshes everything under it.
const LEADS_QUERY_KEY = ['leads'] as const

function leadKey(leadId: number) {
  return [...LEADS_QUERY_KEY, leadId] as const
}

export function useLeadMatches(leadId: number, page: number) {
  const query = queryString({ page })
  return useApiQuery<Paginated<PropertyMatch>>([...leadKey(leadId), 'matches', page], `/leads/${leadId}/matches${query}`, {
    placeholderData: (previous) => previous,
  })
}

export function useLeadProposals(leadId: number) {
  return useApiQuery<{ items: Proposal[] }>([...leadKey(leadId), 'proposals'], `/leads/${leadId}/proposals`)
}

export function useCreateProposal(leadId: number) {
  return useApiMutation<Proposal, number>({
    method: 'POST',
    path: `/leads/${leadId}/proposals`,
    body: (propertyId) => ({ property_id: propertyId }),
    invalidates: [LEADS_QUERY_KEY],
  })
}

export function useAnswerProposal() {
  return useApiMutation<Proposal, { id: number; answer: ProposalAnswer }>({
    method: 'PATCH',
    path: ({ id }) => `/proposals/${id}`,
    body: ({ answer }) => ({ answer }),
    invalidates: [LEADS_QUERY_KEY],
  })
}

export function usePropertyMatches(propertyId: number, page: number) {
  const query = queryString({ page })
  return useApiQuery<Paginated<LeadMatch>>(['properties', 'one', propertyId, 'matches', page], `/properties/${propertyId}/matches${query}`, {
    placeholderData: (previous) => previous,
  })
}
