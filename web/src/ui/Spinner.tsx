import { useI18n } from '../i18n'
import { cn } from './cn'

export function Spinner({ className }: { className?: string }) {
  const { t } = useI18n()
  return (
    <div role="status" className={cn('flex items-center gap-3 text-sm text-slate-700', className)}>
      <span
        aria-hidden="true"
        className="h-5 w-5 animate-spin rounded-full border-2 border-slate-300 border-t-accent-700"
      />
      {t('app.loading')}
    </div>
  )
}
