import { useEffect, type ReactNode } from 'react'
import { useI18n } from '../i18n'

interface PageHeaderProps {
  title: string
  description?: ReactNode
  actions?: ReactNode
}

// Every page has exactly one h1; the shell moves focus to it after each navigation.
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const { t } = useI18n()
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`
  }, [title, t])
  return (
    <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 tabIndex={-1} className="text-2xl font-semibold tracking-tight text-slate-900">
          {title}
        </h1>
        {description ? <div className="mt-1 max-w-2xl text-slate-700">{description}</div> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-3">{actions}</div> : null}
    </div>
  )
}
