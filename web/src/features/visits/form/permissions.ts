import type { User } from '../../auth/types'
import type { Visit } from './visit'

// Managers and admins may book over a conflict ("Planifier quand même"); the server checks it again.
export function canOverrideConflicts(user: Pick<User, 'role'>): boolean {
  return user.role === 'admin' || user.role === 'manager'
}

// An agent manages the visits they are in charge of; managers and admins every visit of the agency.
export function canManageVisit(user: Pick<User, 'id' | 'role'>, visit: Pick<Visit, 'agent_id'>): boolean {
  if (user.role === 'admin' || user.role === 'manager') return true
  return user.role === 'agent' && visit.agent_id === user.id
}
