import { useI18n } from '../../../i18n'
import type { Property } from '../types/property'
import { publishCheckLabel } from '../utils/labels'

export function PublishCheckPanel({ check }: { check: Property['publish_check'] }) {
  const { t } = useI18n()
  return (
    <section
      aria-labelledby="publish-check-heading"
      className={
        check.ready
          ? 'rounded-lg border border-green-300 bg-green-50 p-4 text-green-950'
          : 'rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950'
      }
    >
      <h2 id="publish-check-heading" className="font-semibold">
        {t('property.publish.title')}
      </h2>
      {check.ready ? (
        <p className="mt-1 text-sm">{t('property.publish.ready')}</p>
      ) : (
        <>
          <p className="mt-1 text-sm">{t('property.publish.missingIntro')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {check.missing.map((code) => {
              const label = publishCheckLabel(code)
              return <li key={code}>{label ? t(label) : code}</li>
            })}
          </ul>
        </>
      )}
    </section>
  )
}
