import { queryString, useApiQuery, type Paginated } from '../../../api'
import { VISITS_QUERY_KEY } from '../../visits/form/useVisitMutations'
import type { Visit } from '../../visits/form/visit'

export interface CalendarRange {
  from: string
  to: string
}

// Every appointment overlapping the range shown (a month is at most a few hundred: one page of 500).
export function useCalendarVisits(range: CalendarRange | null, agentId: number | null) {
  const query = queryString({ from: range?.from, to: range?.to, agent_id: agentId, per_page: 500 })
  return useApiQuery<Paginated<Visit>>([...VISITS_QUERY_KEY, 'calendar', query], `/visits${query}`, {
    enabled: range !== null,
    placeholderData: (previous) => previous,
  })
}
