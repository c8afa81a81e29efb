import { Navigate } from 'react-router'
import { DashboardPage } from '../features/dashboard/components/DashboardPage'
import { permissions } from '../features/auth/roles'
import { useCurrentUser } from '../features/auth/useSession'

// Clients have no agency dashboard: their home is their own space.
export function HomePage() {
  const user = useCurrentUser()
  return permissions.useClientSpace(user.role) ? <Navigate to="/mon-espace" replace /> : <DashboardPage />
}
