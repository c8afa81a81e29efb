import type { Visit } from './visit'

// A visit's co-agents: its agents but the one in charge (the API lists that one first).
export function coAgentIdsOf(visit: Pick<Visit, 'agent_id' | 'agent_ids'>): number[] {
  return visit.agent_ids.filter((id) => id !== visit.agent_id)
}
