import { useApiQuery, type Paginated } from '../../../api'

export interface LeadOption {
  id: number
  contact: { first_name: string | null; last_name: string | null } | null
}

// The leads a task can be attached to: the open leads assigned to the signed-in user.
export function useMyOpenLeads() {
  const query = useApiQuery<Paginated<LeadOption>>(
    ['leads', 'mine', 'open'],
    '/leads?assigned_to=mine&status=new,in_progress&per_page=100',
    { staleTime: 60_000 },
  )
  return { ...query, leads: query.data?.items ?? [] }
}

export function leadName(lead: Pick<LeadOption, 'id' | 'contact'>): string {
  const name = [lead.contact?.first_name, lead.contact?.last_name].filter(Boolean).join(' ').trim()
  return name || `#${lead.id}`
}
