import { Link } from 'react-router'
import { useI18n } from '../i18n'
import { PageHeader, buttonVariants } from '../ui'

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
