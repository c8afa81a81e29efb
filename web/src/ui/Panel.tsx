import type { ReactNode } from 'react'
import { cn } from './cn'

interface PanelProps {
  id: string
  title: ReactNode
  actions?: ReactNode
  className?: string
  children: ReactNode
}

// A titled card of a detail page; its heading names the region for screen readers.
export function Panel({ id, title, actions, className, children }: PanelProps) {
  return (
    <section
      aria-labelledby={id}
      className={cn('min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6', className)}
    >
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  )
}
