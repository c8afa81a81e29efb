import { useApiQuery, type Paginated } from '../../../api'

export interface LeadOption {
  id: number
  status: string
  contact: { first_name: string | null; last_name: string | null } | null
}

// The leads a task can be attached to: the open leads assigned to the signed-in user.
export function useMyOpenLeads() {
  const query = useApiQuery<Paginated<LeadOption>>(['leads', 'mine', 'open'], '/leads?assigned_to=mine&per_page=100', {
    staleTime: 60_000,
  })
  const leads = (query.data?.items ?? []).filter((lead) => lead.status === 'new' || lead.status === 'in_progress')
  return { ...query, leads }
}

export function leadName(lead: Pick<LeadOption, 'id' | 'contact'>): string {
  const name = [lead.contact?.first_name, lead.contact?.last_name].filter(Boolean).join(' ').trim()
  return name || `#${lead.id}`
}
