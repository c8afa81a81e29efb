import { useCurrentUser } from '../auth/useSession'
import { ROLE_LABEL_KEYS } from '../auth/roles'
import { useI18n } from '../../i18n'
import { PageHeader } from '../../ui'

export function DashboardPage() {
  const { t } = useI18n()
  const user = useCurrentUser()
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={t('dashboard.welcome', { name: user.name })} />
      <section aria-labelledby="dashboard-account" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="dashboard-account" className="sr-only">
          {t('profile.details')}
        </h2>
        <dl className="grid gap-6 sm:grid-cols-2">
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('dashboard.agency')}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900">{user.agency_name}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('dashboard.role')}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900">{t(ROLE_LABEL_KEYS[user.role])}</dd>
          </div>
        </dl>
        <p className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-700">{t('dashboard.intro')}</p>
      </section>
    </>
  )
}
