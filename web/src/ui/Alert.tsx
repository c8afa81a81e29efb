import { cva, type VariantProps } from 'class-variance-authority'
import type { ReactNode } from 'react'
import { cn } from './cn'

const alertVariants = cva('rounded-md border px-4 py-3 text-sm', {
  variants: {
    tone: {
      error: 'border-red-300 bg-red-50 text-red-900',
      success: 'border-green-300 bg-green-50 text-green-900',
      warning: 'border-amber-300 bg-amber-50 text-amber-950',
      info: 'border-accent-100 bg-accent-50 text-accent-900',
    },
  },
  defaultVariants: { tone: 'info' },
})

type AlertProps = VariantProps<typeof alertVariants> & {
  title?: ReactNode
  children?: ReactNode
  className?: string
  id?: string
  // Errors interrupt (role=alert); everything else is announced politely.
  live?: boolean
}

export function Alert({ tone, title, children, className, id, live = true }: AlertProps) {
  const role = !live ? undefined : tone === 'error' ? 'alert' : 'status'
  return (
    <div id={id} role={role} className={cn(alertVariants({ tone }), className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cn(title && 'mt-1')}>{children}</div> : null}
    </div>
  )
}
