import { cn } from '../ui/cn'
import { LOCALES } from './locale'
import { useI18n } from './useI18n'

export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale, t } = useI18n()
  return (
    <div role="group" aria-label={t('language.label')} className={cn('inline-flex rounded-md border border-slate-300 bg-white p-0.5', className)}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={locale === option}
          title={t(option === 'fr' ? 'language.fr' : 'language.en')}
          onClick={() => setLocale(option)}
          className={cn(
            'rounded px-2.5 py-1 text-xs font-semibold',
            locale === option ? 'bg-slate-800 text-white' : 'text-slate-700 hover:bg-slate-100',
          )}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
