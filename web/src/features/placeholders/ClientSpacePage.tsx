import { useI18n } from '../../i18n'
import { PageHeader } from '../../ui'
import { useCurrentUser } from '../auth/useSession'

export function ClientSpacePage() {
  const { t } = useI18n()
  const user = useCurrentUser()
  return (
    <>
      <PageHeader title={t('clientSpace.title')} description={t('dashboard.welcome', { name: user.name })} />
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-700">
        <p>{t('clientSpace.lead')}</p>
      </div>
    </>
  )
}
