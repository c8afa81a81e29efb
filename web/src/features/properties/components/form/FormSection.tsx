import type { ReactNode } from 'react'

interface FormSectionProps {
  id: string
  title: string
  description?: ReactNode
  children: ReactNode
}

export function FormSection({ id, title, description, children }: FormSectionProps) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description ? <div className="mt-1 text-sm text-slate-700">{description}</div> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  )
}
