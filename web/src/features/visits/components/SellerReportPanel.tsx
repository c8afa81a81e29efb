import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, ConfirmDialog, Field, Panel, Spinner, buttonVariants } from '../../../ui'
import { sellerReportPath, useSellerReport, useSendSellerReport } from '../hooks/useVisits'
import type { SellerReport } from '../types/visit'
import { PRICE_OPINIONS, PRICE_OPINION_LABEL, VISIT_STATUS_LABEL } from '../utils/labels'
import { formatDateTimeInZone, zonedDate } from '../utils/time'
import { VisitFeedbackTable } from './VisitFeedbackTable'

const DATE = /^\d{4}-\d{2}-\d{2}$/

// The period's dates are days in the agency's zone (timeZone: the one its visits carry).
export function SellerReportPanel({ propertyId, timeZone }: { propertyId: number; timeZone: string }) {
  const { t } = useI18n()
  const [draft, setDraft] = useState({ from: zonedDate(timeZone, -30), to: zonedDate(timeZone) })
  const [period, setPeriod] = useState(draft)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [confirming, setConfirming] = useState(false)
  const [sentCount, setSentCount] = useState<number | null>(null)
  const report = useSellerReport(propertyId, period.from, period.to, true)
  const send = useSendSellerReport(propertyId)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!DATE.test(draft.from)) found.from = t('visits.seller.dateInvalid')
    if (!DATE.test(draft.to)) found.to = t('visits.seller.dateInvalid')
    if (!found.from && !found.to && draft.from > draft.to) found.to = t('visits.seller.toBeforeFrom')
    setErrors(found)
    if (Object.keys(found).length === 0) {
      setSentCount(null)
      setPeriod(draft)
    }
  }

  const handleSend = () =>
    send.mutate(period, {
      onSuccess: (result) => {
        setConfirming(false)
        setSentCount(result.email_ids.length)
      },
    })

  const pdfHref = `/api/v1${sellerReportPath(propertyId, period.from, period.to, 'pdf')}`
  return (
    <Panel id="seller-report" title={t('visits.seller.title')}>
      <div className="space-y-5">
        <form onSubmit={handleSubmit} noValidate className="flex flex-col gap-4 sm:flex-row sm:items-end">
          <Field
            id="seller-from"
            type="date"
            label={t('visits.seller.from')}
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            error={errors.from}
          />
          <Field
            id="seller-to"
            type="date"
            label={t('visits.seller.to')}
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            error={errors.to}
          />
          <Button type="submit" variant="secondary">
            {t('visits.seller.show')}
          </Button>
        </form>
        {report.isPending ? (
          <Spinner />
        ) : report.isError ? (
          <Alert tone="error">{report.error.message}</Alert>
        ) : (
          <SellerReportPreview report={report.data} timeZone={timeZone} />
        )}
        <div className="flex flex-wrap gap-3">
          <a href={pdfHref} download className={buttonVariants({ variant: 'secondary' })}>
            {t('visits.seller.downloadPdf')}
          </a>
          <Button
            onClick={() => {
              send.reset()
              setConfirming(true)
            }}
          >
            {t('visits.seller.send')}
          </Button>
        </div>
        <div role="status">
          {sentCount !== null ? (
            <Alert tone={sentCount > 0 ? 'success' : 'warning'} live={false}>
              {sentCount > 0 ? t('visits.seller.sent', { count: sentCount }) : t('visits.seller.sentNone')}
            </Alert>
          ) : null}
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('visits.seller.sendTitle')}
        body={t('visits.seller.sendBody')}
        confirmLabel={t('visits.seller.sendConfirm')}
        tone="primary"
        pending={send.isPending}
        error={send.error?.message}
        onConfirm={handleSend}
        onClose={() => setConfirming(false)}
      />
    </Panel>
  )
}

function SellerReportPreview({ report, timeZone }: { report: SellerReport; timeZone: string }) {
  const { t, locale } = useI18n()
  const { summary } = report
  const opinions = PRICE_OPINIONS.filter((opinion) => (summary.price_opinions[opinion] ?? 0) > 0)
  const figures: [string, string][] = [
    [t('visits.seller.visits'), String(summary.visits)],
    [t('visits.seller.done'), String(summary.done)],
    [t('visits.seller.noShow'), String(summary.no_show)],
    [t('visits.seller.cancelled'), String(summary.cancelled)],
    [
      t('visits.seller.averageInterest'),
      summary.average_interest === null
        ? '—'
        : `${new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(summary.average_interest)}/5`,
    ],
  ]
  return (
    <section aria-labelledby="seller-preview" className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
      <h3 id="seller-preview" className="font-semibold text-slate-900">
        {t('visits.seller.preview')}
      </h3>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt className="text-sm text-slate-600">{term}</dt>
            <dd className="text-lg font-semibold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {opinions.length > 0 ? (
        <p className="text-sm text-slate-800">
          {t('visits.seller.priceOpinions')}{' '}
          {opinions
            .map((opinion) =>
              t('visits.seller.opinionCount', {
                opinion: t(PRICE_OPINION_LABEL[opinion]),
                count: summary.price_opinions[opinion] ?? 0,
              }),
            )
            .join(' · ')}
        </p>
      ) : null}
      {report.visits.length === 0 ? (
        <p className="text-sm text-slate-700">{t('visits.seller.empty')}</p>
      ) : (
        <VisitFeedbackTable
          caption={t('visits.seller.visitsCaption')}
          rows={report.visits.map((visit) => ({
            id: visit.id,
            when: formatDateTimeInZone(visit.starts_at, timeZone, locale),
            visitors: visit.visitors,
            status: t(VISIT_STATUS_LABEL[visit.status]),
            interest: visit.interest_level,
            opinion: visit.price_opinion,
            comment: [visit.comment, visit.objections].filter(Boolean).join(' — '),
          }))}
        />
      )}
    </section>
  )
}
