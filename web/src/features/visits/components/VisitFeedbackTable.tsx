import type { ReactNode } from 'react'
import { useI18n } from '../../../i18n'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../../ui'
import type { PriceOpinion } from '../types/visit'
import { PRICE_OPINION_LABEL } from '../utils/labels'

export interface FeedbackRow {
  id: number
  when: ReactNode
  visitors: string
  status: ReactNode
  interest: number | null
  opinion: PriceOpinion | null
  comment: string | null
}

// Visits with what the visitors thought: the property's list and the seller report's preview.
export function VisitFeedbackTable({ caption, rows }: { caption: string; rows: FeedbackRow[] }) {
  const { t } = useI18n()
  return (
    <Table caption={caption}>
      <TableHead>
        <TableRow>
          <TableHeader>{t('visits.field.when')}</TableHeader>
          <TableHeader>{t('visits.field.visitors')}</TableHeader>
          <TableHeader>{t('visits.field.status')}</TableHeader>
          <TableHeader>{t('visits.report.interest')}</TableHeader>
          <TableHeader>{t('visits.report.priceOpinion')}</TableHeader>
          <TableHeader>{t('visits.report.comment')}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="whitespace-nowrap">{row.when}</TableCell>
            <TableCell className="min-w-32">{row.visitors || '—'}</TableCell>
            <TableCell className="whitespace-nowrap">{row.status}</TableCell>
            <TableCell className="whitespace-nowrap">{row.interest ? `${row.interest}/5` : '—'}</TableCell>
            <TableCell className="whitespace-nowrap">{row.opinion ? t(PRICE_OPINION_LABEL[row.opinion]) : '—'}</TableCell>
            <TableCell className="min-w-48 break-words">{row.comment || '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
