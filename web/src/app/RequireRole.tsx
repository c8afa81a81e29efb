import type { ReactNode } from 'react'
import type { Role } from '../features/auth/types'
import { useCurrentUser } from '../features/auth/useSession'
import { ForbiddenPage } from './StatusPages'

interface RequireRoleProps {
  allow: (role: Role) => boolean
  children: ReactNode
}

export function RequireRole({ allow, children }: RequireRoleProps) {
  const user = useCurrentUser()
  return allow(user.role) ? children : <ForbiddenPage />
}
