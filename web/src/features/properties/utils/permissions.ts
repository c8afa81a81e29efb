import { permissions } from '../../auth/roles'
import type { User } from '../../auth/types'
import type { Property } from '../types/property'

export function canEditProperty(user: User, property: Pick<Property, 'agent_id'>): boolean {
  return permissions.manageAllProperties(user.role) || (user.role === 'agent' && property.agent_id === user.id)
}
