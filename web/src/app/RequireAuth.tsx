import { Navigate, Outlet, useLocation } from 'react-router'
import { useSession } from '../features/auth/useSession'
import { useI18n } from '../i18n'
import { Alert, Button, Spinner } from '../ui'

export function RequireAuth() {
  const { t } = useI18n()
  const { user, isPending, isError, error, refetch } = useSession()
  const location = useLocation()

  if (isPending) return <Spinner className="p-8" />
  if (isError) {
    return (
      <main className="mx-auto max-w-lg p-8">
        <h1 className="mb-4 text-2xl font-semibold">{t('app.name')}</h1>
        <Alert tone="error">{error.message}</Alert>
        <Button className="mt-4" onClick={() => refetch()}>
          {t('common.retry')}
        </Button>
      </main>
    )
  }
  // The query is kept: a shared search (/biens?q=...) opens as sent once the person has logged in.
  if (!user) return <Navigate to="/connexion" replace state={{ from: location.pathname + location.search }} />
  return <Outlet />
}
