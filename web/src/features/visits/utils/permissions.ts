import type { User } from '../../auth/types'
import type { Visit } from '../types/visit'

// The server's manage_visits rule (docs/roles.md): admins and managers every visit, an agent their own.
export function canManageVisit(user: User, visit: Pick<Visit, 'agent_id'>): boolean {
  if (user.role === 'admin' || user.role === 'manager') return true
  return user.role === 'agent' && visit.agent_id === user.id
}

export function hasStarted(visit: Pick<Visit, 'starts_at'>, now = Date.now()): boolean {
  return new Date(visit.starts_at).getTime() <= now
}
