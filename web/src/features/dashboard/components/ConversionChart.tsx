import { useId } from 'react'
import { useI18n } from '../../../i18n'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../../ui'
import type { SourceConversion } from '../types/dashboard'

const ROW_HEIGHT = 32
const LABEL_WIDTH = 130
const VALUE_WIDTH = 56
const CHART_WIDTH = 520

function percent(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(rate)
}

// Bars for the eye, each with its value written beside it; the same figures follow in a table
// for screen readers and for anyone who wants the counts.
export function ConversionChart({ rows, days }: { rows: SourceConversion[]; days: number }) {
  const { t, locale } = useI18n()
  const titleId = useId()
  const barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
  const height = rows.length * ROW_HEIGHT + 8
  if (rows.length === 0) return <p className="text-slate-700">{t('dashboard.conversion.empty')}</p>
  return (
    <div className="space-y-4">
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        className="h-auto w-full max-w-xl"
      >
        <title id={titleId}>{t('dashboard.conversion.chartTitle', { days })}</title>
        {rows.map((row, index) => {
          const y = index * ROW_HEIGHT + 4
          const width = Math.max(2, Math.round(Math.min(1, Math.max(0, row.rate)) * barSpace))
          return (
            <g key={row.source}>
              <text x={LABEL_WIDTH - 8} y={y + 17} textAnchor="end" className="fill-slate-800 text-[13px]">
                {truncate(row.label)}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={barSpace} height={ROW_HEIGHT - 12} rx="3" className="fill-slate-100" />
              <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW_HEIGHT - 12} rx="3" className="fill-accent-700" />
              <text x={CHART_WIDTH - 4} y={y + 17} textAnchor="end" className="fill-slate-900 text-[13px] font-semibold">
                {percent(row.rate, locale)}
              </text>
            </g>
          )
        })}
      </svg>
      <Table caption={t('dashboard.conversion.tableCaption', { days })}>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">{t('dashboard.conversion.source')}</TableHeader>
            <TableHeader scope="col" className="text-right">{t('dashboard.conversion.leads')}</TableHeader>
            <TableHeader scope="col" className="text-right">{t('dashboard.conversion.converted')}</TableHeader>
            <TableHeader scope="col" className="text-right">{t('dashboard.conversion.rate')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.source}>
              <TableHeader scope="row" className="text-sm font-medium tracking-normal normal-case">
                {row.label}
              </TableHeader>
              <TableCell className="text-right">{row.leads}</TableCell>
              <TableCell className="text-right">{row.converted}</TableCell>
              <TableCell className="text-right">{percent(row.rate, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}

function truncate(text: string): string {
  return text.length > 18 ? `${text.slice(0, 17)}…` : text
}
