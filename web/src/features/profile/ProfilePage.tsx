import { lazy, Suspense } from 'react'
import { useI18n } from '../../i18n'
import { Alert, PageHeader, Spinner } from '../../ui'
import { ROLE_LABEL_KEYS, permissions } from '../auth/roles'
import { useCurrentUser } from '../auth/useSession'
import { ChangePasswordForm } from './ChangePasswordForm'

// Loaded with the visits settings, which staff pages share.
const ProfileVisitSections = lazy(() =>
  import('../visitSettings/components/VisitSettingsPage').then((module) => ({ default: module.ProfileVisitSections })),
)

export function ProfilePage() {
  const { t } = useI18n()
  const user = useCurrentUser()
  const details = [
    { label: t('profile.name'), value: user.name },
    { label: t('profile.email'), value: user.email },
    { label: t('profile.role'), value: t(ROLE_LABEL_KEYS[user.role]) },
    { label: t('profile.agency'), value: user.agency_name },
  ]
  return (
    <>
      <PageHeader title={t('profile.title')} />
      {user.must_change_password ? (
        <Alert tone="warning" className="mb-6">
          {t('profile.mustChange')}
        </Alert>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-details" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="profile-details" className="text-lg font-semibold text-slate-900">
            {t('profile.details')}
          </h2>
          <dl className="mt-4 divide-y divide-slate-200">
            {details.map((detail) => (
              <div key={detail.label} className="grid grid-cols-3 gap-4 py-3">
                <dt className="text-sm font-medium text-slate-600">{detail.label}</dt>
                <dd className="col-span-2 text-sm break-words text-slate-900">{detail.value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="profile-password" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="profile-password" className="mb-4 text-lg font-semibold text-slate-900">
            {t('profile.passwordTitle')}
          </h2>
          <ChangePasswordForm />
        </section>
      </div>
      {permissions.useAgencySections(user.role) ? (
        <Suspense fallback={<Spinner />}>
          <ProfileVisitSections userId={user.id} />
        </Suspense>
      ) : null}
    </>
  )
}
