import { lazy, Suspense } from 'react'
import { useI18n } from '../../i18n'
import { PageHeader, Spinner } from '../../ui'
import { UsersList } from './UsersList'

const VisitSettingsPage = lazy(() =>
  import('../visitSettings/components/VisitSettingsPage').then((module) => ({ default: module.VisitSettingsPage })),
)

// Managers see who works in the agency; only administrators change it (Paramètres).
export function TeamPage() {
  const { t } = useI18n()
  return (
    <>
      <PageHeader title={t('users.teamTitle')} description={t('users.teamLead')} />
      <UsersList />
      {/* Managers set the visits' reminders and their agents' hours here (Paramètres is the admins'). */}
      <div className="mt-8">
        <Suspense fallback={<Spinner />}>
          <VisitSettingsPage />
        </Suspense>
      </div>
    </>
  )
}
