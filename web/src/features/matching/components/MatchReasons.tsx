import { useI18n } from '../../../i18n'

export function MatchScore({ score }: { score: number }) {
  const { t } = useI18n()
  const value = Math.max(0, Math.min(100, Math.round(score)))
  return (
    <div className="flex items-center gap-2">
      <span className="text-sm font-semibold text-slate-900">{t('matching.score', { score: value })}</span>
      <span aria-hidden="true" className="block h-2 w-20 overflow-hidden rounded-full bg-slate-200">
        <span className="block h-full bg-accent-700" style={{ width: `${value}%` }} />
      </span>
    </div>
  )
}

export function MatchReasons({ reasons, nearMisses }: { reasons: string[]; nearMisses: string[] }) {
  const { t } = useI18n()
  return (
    <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
      <PhraseList title={t('matching.reasons')} titleClassName="text-green-900" phrases={reasons} />
      <PhraseList title={t('matching.nearMisses')} titleClassName="text-amber-900" phrases={nearMisses} />
    </div>
  )
}

function PhraseList({ title, titleClassName, phrases }: { title: string; titleClassName: string; phrases: string[] }) {
  if (phrases.length === 0) return null
  return (
    <div>
      <p className={`font-medium ${titleClassName}`}>{title}</p>
      <ul className="list-disc pl-5 text-slate-800">
        {phrases.map((phrase) => (
          <li key={phrase}>{phrase}</li>
        ))}
      </ul>
    </div>
  )
}
