import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { ApiError } from '../api'
import { useI18n } from '../i18n'
import { Alert, PageHeader, Spinner, buttonVariants } from '../ui'

export function NotFoundPage() {
  const { t } = useI18n()
  return (
    <>
      <PageHeader title={t('notFound.title')} description={t('notFound.body')} />
      <Link to="/" className={buttonVariants({ variant: 'secondary' })}>
        {t('notFound.home')}
      </Link>
    </>
  )
}

export function ForbiddenPage() {
  const { t } = useI18n()
  return (
    <>
      <PageHeader title={t('forbidden.title')} description={t('forbidden.body')} />
      <Link to="/" className={buttonVariants({ variant: 'secondary' })}>
        {t('notFound.home')}
      </Link>
    </>
  )
}

interface LoadedProps<T> {
  query: UseQueryResult<T, ApiError>
  fallbackTitle: string
  children: (data: T) => ReactNode
}

// The page of one object: a spinner while it loads, the 404 or 403 page when the server says so,
// the message of any other failure, else the page itself.
export function Loaded<T>({ query, fallbackTitle, children }: LoadedProps<T>) {
  if (query.isPending) return <Spinner />
  if (query.isError) {
    if (query.error.status === 404) return <NotFoundPage />
    if (query.error.status === 403) return <ForbiddenPage />
    return (
      <>
        <PageHeader title={fallbackTitle} />
        <Alert tone="error">{query.error.message}</Alert>
      </>
    )
  }
  return <>{children(query.data)}</>
}
