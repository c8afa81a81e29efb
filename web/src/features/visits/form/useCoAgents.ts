import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../../properties/hooks/useAgents'
import { canListAgents } from './permissions'
import type { Visit } from './visit'

// A visit's co-agents: its agents but the one in charge (the API lists that one first).
export function coAgentIdsOf(visit: Pick<Visit, 'agent_id' | 'agent_ids'>): number[] {
  return visit.agent_ids.filter((id) => id !== visit.agent_id)
}

// The co-agents' names, from the agency's users list; null when this user may not list users, while the
// list loads, or when it does not name them all (a co-agent deactivated since).
export function useCoAgentNames(visit: Pick<Visit, 'agent_id' | 'agent_ids'> | null): string[] | null {
  const user = useCurrentUser()
  const { agents } = useAgents(canListAgents(user))
  const ids = visit ? coAgentIdsOf(visit) : []
  const names = ids.flatMap((id) => agents.find((agent) => agent.id === id)?.name ?? [])
  return names.length === ids.length ? names : null
}
