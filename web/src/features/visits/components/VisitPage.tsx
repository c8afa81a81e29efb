import { useState, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { Loaded } from '../../../app/StatusPages'
import { useI18n } from '../../../i18n'
import { Alert, Button, ConfirmDialog, PageHeader, Panel } from '../../../ui'
import { useCurrentUser } from '../../auth/useSession'
import { useCancelVisit, useSetVisitStatus, useVisit } from '../hooks/useVisits'
import { coAgentsOf } from '../form/visit'
import type { Visit, VisitStatus } from '../types/visit'
import { VISIT_KIND_LABEL } from '../utils/labels'
import { canManageVisit, hasStarted } from '../utils/permissions'
import { formatTime, formatVisitDay } from '../utils/time'
import { RemindersPanel } from './RemindersPanel'
import { VisitReportPanel } from './VisitReportPanel'
import { VisitStatusBadge } from './VisitStatusBadge'
import { VoucherPanel } from './VoucherPanel'

export function VisitPage() {
  const { t } = useI18n()
  const id = Number(useParams().id)
  const visit = useVisit(id)
  return (
    <Loaded query={visit} fallbackTitle={t('visits.page.fallbackTitle')}>
      {(data) => <VisitDetail visit={data} />}
    </Loaded>
  )
}

export function visitTitle(visit: Visit, t: ReturnType<typeof useI18n>['t']) {
  const kind = t(VISIT_KIND_LABEL[visit.kind])
  return visit.property ? `${kind} – ${visit.property.title}` : kind
}

function VisitDetail({ visit }: { visit: Visit }) {
  const { t, locale } = useI18n()
  const user = useCurrentUser()
  const canManage = canManageVisit(user, visit)
  const zone = visit.time_zone
  const when = t('visits.page.when', {
    day: formatVisitDay(visit.starts_at, zone, locale),
    start: formatTime(visit.starts_at, zone, locale),
    end: formatTime(visit.ends_at, zone, locale),
  })
  return (
    <>
      <PageHeader
        title={visitTitle(visit, t)}
        description={
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <span>{when}</span>
            <VisitStatusBadge status={visit.status} />
          </span>
        }
      />
      {canManage ? <StatusActions visit={visit} /> : null}
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Panel id="visit-details" title={t('visits.page.details')}>
            <VisitFacts visit={visit} when={when} />
          </Panel>
          <VisitReportPanel visit={visit} canManage={canManage && hasStarted(visit) && visit.status !== 'cancelled'} />
        </div>
        <div className="min-w-0 space-y-6">
          <VoucherPanel visit={visit} canManage={canManage} />
          <RemindersPanel visit={visit} />
        </div>
      </div>
    </>
  )
}

function VisitFacts({ visit, when }: { visit: Visit; when: string }) {
  const { t } = useI18n()
  const coAgents = coAgentsOf(visit)
  const facts: [string, ReactNode][] = [
    [t('visits.field.kind'), t(VISIT_KIND_LABEL[visit.kind])],
    [t('visits.field.status'), <VisitStatusBadge key="status" status={visit.status} />],
    [t('visits.field.when'), when],
    [
      t('visits.field.property'),
      visit.property ? (
        <Link to={`/biens/${visit.property.id}`} className="text-accent-800 underline underline-offset-2">
          {visit.property.reference} · {visit.property.title}
          {visit.property.city ? `, ${visit.property.city}` : ''}
        </Link>
      ) : (
        '—'
      ),
    ],
    [
      t('visits.field.visitors'),
      visit.contacts.length === 0 ? (
        '—'
      ) : (
        <ul className="space-y-1">
          {visit.contacts.map((contact) => (
            <li key={contact.id}>
              <Link to={`/contacts/${contact.id}`} className="text-accent-800 underline underline-offset-2">
                {contact.name}
              </Link>
            </li>
          ))}
        </ul>
      ),
    ],
    [t('visits.field.agents'), visit.agent?.name ?? '—'],
    ...(coAgents.length ? [[t('visits.field.coAgents'), coAgents.map((agent) => agent.name).join(', ')] as [string, string]] : []),
    [t('visits.field.place'), visit.place || '—'],
    [t('visits.field.notes'), visit.notes ? <span className="whitespace-pre-line">{visit.notes}</span> : '—'],
  ]
  if (visit.lead_id !== null) {
    facts.push([
      t('visits.field.lead'),
      <Link key="lead" to={`/leads/${visit.lead_id}`} className="text-accent-800 underline underline-offset-2">
        {t('visits.page.openLead')}
      </Link>,
    ])
  }
  return (
    <div className="space-y-4">
      {visit.conflict_override ? <Alert tone="warning" live={false}>{t('visits.page.conflictOverride')}</Alert> : null}
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {facts.map(([term, value]) => (
          <div key={term} className="min-w-0">
            <dt className="text-sm text-slate-600">{term}</dt>
            <dd className="font-medium break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}


function StatusActions({ visit }: { visit: Visit }) {
  const { t } = useI18n()
  const setStatus = useSetVisitStatus(visit.id)
  const cancel = useCancelVisit(visit.id)
  const [confirming, setConfirming] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  // A done, cancelled or missed appointment has no action left; the notice of the last one stays.
  const open = visit.status === 'planned' || visit.status === 'confirmed'

  const handleStatus = (status: VisitStatus) => {
    setNotice(null)
    setStatus.mutate(status, {
      onSuccess: () => setNotice(t(status === 'confirmed' ? 'visits.page.confirmedNotice' : 'visits.page.noShowNotice')),
    })
  }

  const handleCancel = () =>
    cancel.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false)
        setNotice(t('visits.page.cancelledNotice'))
      },
    })

  return (
    <div className="mb-6 space-y-3">
      {open ? (
        <div className="flex flex-wrap gap-3">
          {visit.status === 'planned' ? (
            <Button onClick={() => handleStatus('confirmed')} disabled={setStatus.isPending}>
              {t('visits.action.confirm')}
            </Button>
          ) : null}
          {hasStarted(visit) ? (
            <Button variant="secondary" onClick={() => handleStatus('no_show')} disabled={setStatus.isPending}>
              {t('visits.action.noShow')}
            </Button>
          ) : null}
          <Button
            variant="secondary"
            onClick={() => {
              cancel.reset()
              setConfirming(true)
            }}
          >
            {t('visits.action.cancel')}
          </Button>
        </div>
      ) : null}
      {setStatus.isError ? <Alert tone="error">{setStatus.error.message}</Alert> : null}
      <p role="status" className="text-sm text-green-800">
        {notice ?? ''}
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('visits.cancel.title')}
        body={t('visits.cancel.body')}
        confirmLabel={t('visits.cancel.confirm')}
        pending={cancel.isPending}
        error={cancel.error?.message}
        onConfirm={handleCancel}
        onClose={() => setConfirming(false)}
      />
    </div>
  )
}
