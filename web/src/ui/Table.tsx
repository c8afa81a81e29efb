import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react'
import { cn } from './cn'

interface TableProps {
  caption: ReactNode
  captionVisible?: boolean
  children: ReactNode
  className?: string
}

// The scroll container is focusable so keyboard users can scroll a wide table on a phone.
export function Table({ caption, captionVisible = false, children, className }: TableProps) {
  return (
    <div
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      tabIndex={0}
      role="region"
      aria-label={typeof caption === 'string' ? caption : undefined}
    >
      <table className={cn('min-w-full divide-y divide-slate-200 text-left text-sm', className)}>
        <caption className={cn(captionVisible ? 'px-4 py-3 text-left font-medium' : 'sr-only')}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  )
}

export function TableHead({ children }: { children: ReactNode }) {
  return <thead className="bg-slate-100 text-slate-700">{children}</thead>
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-200">{children}</tbody>
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn('align-middle', className)} {...props} />
}

export function TableHeader({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={cn('px-3 py-3 text-xs font-semibold tracking-wide whitespace-nowrap uppercase first:pl-4 last:pr-4', className)}
      {...props}
    />
  )
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn('px-3 py-3 text-slate-800 first:pl-4 last:pr-4', className)} {...props} />
}
