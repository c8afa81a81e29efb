import type { Role } from '../../auth/types'

// What the contact pages offer each role (docs/roles.md); the server checks the same on every request.
export const contactPermissions = {
  merge: (role: Role) => role === 'admin' || role === 'manager',
  exportData: (role: Role) => role === 'admin' || role === 'manager',
  erase: (role: Role) => role === 'admin' || role === 'manager',
}
