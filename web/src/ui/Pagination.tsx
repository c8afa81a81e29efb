import { useI18n } from '../i18n'
import { Button } from './Button'

interface PaginationProps {
  page: number
  perPage: number
  total: number
  onPageChange: (page: number) => void
}

export function Pagination({ page, perPage, total, onPageChange }: PaginationProps) {
  const { t } = useI18n()
  const pages = Math.max(1, Math.ceil(total / Math.max(perPage, 1)))
  if (pages <= 1) return null
  return (
    <nav aria-label={t('common.pagination')} className="mt-4 flex items-center justify-between gap-3">
      <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        {t('common.previous')}
      </Button>
      <p className="text-sm text-slate-700">{t('common.pageOf', { page, pages })}</p>
      <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
        {t('common.next')}
      </Button>
    </nav>
  )
}
