import { useI18n, type MessageKey } from '../../i18n'
import { PageHeader } from '../../ui'

interface ComingSoonPageProps {
  titleKey: MessageKey
  descriptionKey: MessageKey
}

export function ComingSoonPage({ titleKey, descriptionKey }: ComingSoonPageProps) {
  const { t } = useI18n()
  return (
    <>
      <PageHeader title={t(titleKey)} />
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-700">
        <p>{t('comingSoon.lead', { description: t(descriptionKey) })}</p>
      </div>
    </>
  )
}
