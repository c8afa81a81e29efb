import { useState } from 'react'
import { useI18n, hasMessage, type Locale, type MessageKey } from '../../../i18n'
import { Alert, Pagination, Spinner, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../../ui'
import { usePropertyHistory } from '../hooks/useProperties'
import { fieldLabel } from '../utils/labels'
import { formatEuros } from '../utils/numbers'

// Codes stored in these fields have a message under property.<group>.<code>.
const CODED_FIELDS: Record<string, string> = {
  transaction: 'transaction',
  type: 'type',
  status: 'status',
  fees_paid_by: 'feesPaidBy',
  charges_method: 'chargesMethod',
  mandate_type: 'mandateType',
  dpe_status: 'dpeStatus',
}

// Fetched only when opened: most visits never look at the history.
export function PropertyHistory({ propertyId }: { propertyId: number }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const [page, setPage] = useState(1)
  const history = usePropertyHistory(propertyId, page, open)

  return (
    <details
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer rounded-lg px-4 py-3 font-semibold text-slate-900">
        <h2 className="inline text-base">{t('property.history.title')}</h2>
      </summary>
      <div className="border-t border-slate-200 p-4">
        {!open ? null : history.isPending ? (
          <Spinner />
        ) : history.isError ? (
          <Alert tone="error">{history.error.message}</Alert>
        ) : history.data.items.length === 0 ? (
          <p className="text-sm text-slate-700">{t('property.history.empty')}</p>
        ) : (
          <HistoryTable entries={history.data.items} />
        )}
        {history.data ? (
          <Pagination
            page={history.data.page}
            perPage={history.data.per_page}
            total={history.data.total}
            onPageChange={setPage}
          />
        ) : null}
      </div>
    </details>
  )
}

function HistoryTable({ entries }: { entries: NonNullable<ReturnType<typeof usePropertyHistory>['data']>['items'] }) {
  const { t, locale, formatDate } = useI18n()
  return (
    <Table caption={t('property.history.title')}>
      <TableHead>
        <TableRow>
          <TableHeader>{t('property.history.at')}</TableHeader>
          <TableHeader>{t('property.history.by')}</TableHeader>
          <TableHeader>{t('property.history.field')}</TableHeader>
          <TableHeader>{t('property.history.old')}</TableHeader>
          <TableHeader>{t('property.history.new')}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => {
          const label = fieldLabel(entry.field)
          return (
            <TableRow key={entry.id}>
              <TableCell className="whitespace-nowrap">{formatDate(entry.at)}</TableCell>
              <TableCell className="whitespace-nowrap">{entry.user_name ?? '—'}</TableCell>
              <TableCell>{label ? t(label) : entry.field}</TableCell>
              <TableCell className="break-words">{formatValue(entry.field, entry.old_value, t, locale)}</TableCell>
              <TableCell className="break-words">{formatValue(entry.field, entry.new_value, t, locale)}</TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}

function formatValue(field: string, value: unknown, t: (key: MessageKey) => string, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no')
  if (Array.isArray(value)) return value.map((item) => formatValue(field === 'features' ? 'feature' : field, item, t, locale)).join(', ')
  if (field.endsWith('_cents') && typeof value === 'number') return formatEuros(value, locale)
  const group = field === 'feature' ? 'feature' : CODED_FIELDS[field]
  if (group) {
    const key = `property.${group}.${String(value)}`
    if (hasMessage(key)) return t(key)
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
