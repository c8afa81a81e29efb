import { useState } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Pagination, Panel, Spinner } from '../../../ui'
import { usePropertyVisits } from '../hooks/useVisits'
import type { Visit } from '../types/visit'
import { VISIT_KIND_LABEL } from '../utils/labels'
import { formatDateTimeInZone } from '../utils/time'
import { SellerReportPanel } from './SellerReportPanel'
import { VisitFeedbackTable, type FeedbackRow } from './VisitFeedbackTable'
import { VisitStatusBadge } from './VisitStatusBadge'

// The property page's "Visites": every visit of the property with its feedback, then the seller report.
export function PropertyVisits({ propertyId }: { propertyId: number }) {
  const { t } = useI18n()
  const [page, setPage] = useState(1)
  const visits = usePropertyVisits(propertyId, page)
  return (
    <div className="space-y-6">
      <Panel id="property-visits" title={t('visits.property.title')}>
        {visits.isPending ? (
          <Spinner />
        ) : visits.isError ? (
          <Alert tone="error">{visits.error.message}</Alert>
        ) : visits.data.items.length === 0 ? (
          <p className="text-sm text-slate-700">{t('visits.property.empty')}</p>
        ) : (
          <>
            <VisitsTable visits={visits.data.items} />
            <Pagination
              page={visits.data.page}
              perPage={visits.data.per_page}
              total={visits.data.total}
              onPageChange={setPage}
            />
          </>
        )}
      </Panel>
      {/* The agency's zone comes with its visits; Europe/Paris is every agency's default. */}
      <SellerReportPanel propertyId={propertyId} timeZone={visits.data?.items[0]?.time_zone ?? 'Europe/Paris'} />
    </div>
  )
}

function VisitsTable({ visits }: { visits: Visit[] }) {
  const { t, locale } = useI18n()
  const rows: FeedbackRow[] = visits.map((visit) => ({
    id: visit.id,
    when: (
      <>
        <Link to={`/visites/${visit.id}`} className="text-accent-800 underline underline-offset-2">
          {formatDateTimeInZone(visit.starts_at, visit.time_zone, locale)}
        </Link>
        {visit.kind !== 'visit' ? <span className="block text-xs text-slate-600">{t(VISIT_KIND_LABEL[visit.kind])}</span> : null}
      </>
    ),
    visitors: visit.contacts.map((contact) => contact.name).join(', '),
    status: <VisitStatusBadge status={visit.status} />,
    interest: visit.report?.interest_level ?? null,
    opinion: visit.report?.price_opinion ?? null,
    comment: visit.report?.comment ?? null,
  }))
  return <VisitFeedbackTable caption={t('visits.property.title')} rows={rows} />
}
