import type { MessageKey } from '../../i18n'
import type { Role } from './types'

export const ROLES: readonly Role[] = ['admin', 'manager', 'agent', 'client']

export const ROLE_LABEL_KEYS: Record<Role, MessageKey> = {
  admin: 'role.admin',
  manager: 'role.manager',
  agent: 'role.agent',
  client: 'role.client',
}

// What the interface offers each role; the server enforces the same rules on every request.
export const permissions = {
  useAgencySections: (role: Role) => role !== 'client',
  manageSettings: (role: Role) => role === 'admin',
  viewTeam: (role: Role) => role === 'manager',
  useClientSpace: (role: Role) => role === 'client',
  createProperties: (role: Role) => role !== 'client',
  // Admins and managers act on every property of the agency and choose its agent; an agent only on
  // the properties assigned to them.
  manageAllProperties: (role: Role) => role === 'admin' || role === 'manager',
}
