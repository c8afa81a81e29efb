import type { Role } from '../features/auth/types'
import { permissions } from '../features/auth/roles'
import type { MessageKey } from '../i18n'

export interface NavItem {
  to: string
  labelKey: MessageKey
  end?: boolean
  visibleTo: (role: Role) => boolean
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', end: true, visibleTo: permissions.useAgencySections },
  { to: '/biens', labelKey: 'nav.properties', visibleTo: permissions.useAgencySections },
  { to: '/leads', labelKey: 'nav.leads', visibleTo: permissions.useAgencySections },
  { to: '/agenda', labelKey: 'nav.calendar', visibleTo: permissions.useAgencySections },
  { to: '/contacts', labelKey: 'nav.contacts', visibleTo: permissions.useAgencySections },
  { to: '/taches', labelKey: 'nav.tasks', visibleTo: permissions.useAgencySections },
  { to: '/messages', labelKey: 'nav.messages', visibleTo: permissions.useAgencySections },
  { to: '/contrats', labelKey: 'nav.contracts', visibleTo: permissions.useAgencySections },
  { to: '/equipe', labelKey: 'nav.team', visibleTo: permissions.viewTeam },
  { to: '/parametres', labelKey: 'nav.settings', visibleTo: permissions.manageSettings },
  { to: '/mon-espace', labelKey: 'nav.clientSpace', visibleTo: permissions.useClientSpace },
]
