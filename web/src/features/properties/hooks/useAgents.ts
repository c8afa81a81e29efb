import { useApiQuery, type Paginated } from '../../../api'
import type { User } from '../../auth/types'

// The people a property can be assigned to: the agency's active staff. Only roles that may list
// users (admin, manager) ask for them.
export function useAgents(enabled: boolean) {
  const query = useApiQuery<Paginated<User>>(['users', 'agents'], '/users?per_page=100', {
    enabled,
    staleTime: 60_000,
  })
  const agents = (query.data?.items ?? []).filter((user) => user.active && user.role !== 'client')
  return { ...query, agents }
}
