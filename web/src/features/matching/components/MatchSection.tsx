import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { ApiError, Paginated } from '../../../api'
import { Alert, Pagination, Spinner } from '../../../ui'

interface MatchSectionProps<T> {
  headingId: string
  title: string
  headingLevel: 2 | 3
  matches: UseQueryResult<Paginated<T>, ApiError>
  emptyText: string
  onPageChange: (page: number) => void
  renderItem: (item: T) => ReactNode
  // Shown between the heading and the list (notices, errors of actions).
  before?: ReactNode
  after?: ReactNode
}

// The frame both matching panels share: a titled section with a paginated, ranked list.
export function MatchSection<T>({
  headingId,
  title,
  headingLevel,
  matches,
  emptyText,
  onPageChange,
  renderItem,
  before,
  after,
}: MatchSectionProps<T>) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <Heading id={headingId} className="text-lg font-semibold text-slate-900">
        {title}
      </Heading>
      {before}
      <div className="mt-3">
        {matches.isPending ? (
          <Spinner />
        ) : matches.isError ? (
          <Alert tone="error">{matches.error.message}</Alert>
        ) : matches.data.items.length === 0 ? (
          <p className="text-slate-700">{emptyText}</p>
        ) : (
          <>
            <ul className="divide-y divide-slate-200">{matches.data.items.map(renderItem)}</ul>
            <Pagination
              page={matches.data.page}
              perPage={matches.data.per_page}
              total={matches.data.total}
              onPageChange={onPageChange}
            />
          </>
        )}
      </div>
      {after}
    </section>
  )
}
