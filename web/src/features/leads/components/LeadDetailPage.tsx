import { useRef, useState } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Badge, Button, PageHeader, Panel } from '../../../ui'
import { Loaded } from '../../../app/StatusPages'
import { contactName, formatPhone } from '../../contacts/utils/display'
import { useLead } from '../hooks/useLeads'
import { useSourceLabels } from '../hooks/useSourceLabels'
import { LeadMatches } from '../../matching'
import type { Lead } from '../types/lead'
import { leadStatusLabel, STATUS_TONES } from '../utils/labels'
import { CriteriaEditor } from './CriteriaEditor'
import { InteractionForm } from './InteractionForm'
import { LeadFollowUp } from './LeadFollowUp'
import type { LeadNotice } from './QuickLeadDialog'
import { Timeline } from './Timeline'
import { SmsAction } from '../../sms/components/SmsAction'
import { EmailAction } from '../../inbox/components/EmailAction'
import { usePlanVisit } from '../../visits/form/usePlanVisit'

const NOTICES: Record<NonNullable<LeadNotice['notice']>, MessageKey> = {
  created: 'lead.detail.created',
  createdReused: 'lead.detail.createdReused',
}

export function LeadDetailPage() {
  const { t } = useI18n()
  const lead = useLead(Number(useParams().id))
  return (
    <Loaded query={lead} fallbackTitle={t('lead.detail.fallbackTitle')}>
      {(data) => <LeadDetail lead={data} />}
    </Loaded>
  )
}

function LeadDetail({ lead }: { lead: Lead }) {
  const { t, formatDate } = useI18n()
  const location = useLocation()
  const sources = useSourceLabels()
  const notice = (location.state as LeadNotice | null)?.notice
  const name = contactName(lead.contact) || t('contact.unnamed')
  const plan = usePlanVisit({
    lead_id: lead.id,
    contacts: [{ id: lead.contact_id, name }],
    property:
      lead.property_id === null
        ? undefined
        : { id: lead.property_id, reference: lead.property_reference ?? '', title: lead.property_title ?? '', city: null },
  })

  return (
    <>
      <PageHeader
        title={t('lead.detail.title', { name })}
        description={
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={STATUS_TONES[lead.status]}>{t(leadStatusLabel(lead.status))}</Badge>
            <span>{sources.labelOf(lead.source)}</span>
            <span aria-hidden="true">·</span>
            <span>{t('lead.detail.createdAt', { date: formatDate(lead.created_at) })}</span>
          </span>
        }
        actions={
          <>
            {plan.button}
            <SmsAction contactId={lead.contact_id} leadId={lead.id} />
            <EmailAction contactId={lead.contact_id} leadId={lead.id} />
          </>
        }
      />
      {plan.notice}
      {notice ? (
        <Alert tone="success" className="mb-6">
          {t(NOTICES[notice])}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-3 lg:items-start">
        <div className="space-y-6 lg:col-span-2 lg:min-w-0">
          <Panel id="lead-timeline" title={t('lead.detail.timeline')}>
            <LogActions leadId={lead.id} />
            <Timeline owner="leads" ownerId={lead.id} idPrefix="lead-timeline" />
          </Panel>
          <Panel id="lead-criteria" title={t('lead.detail.criteria')}>
            <CriteriaEditor key={lead.id} lead={lead} />
          </Panel>
          <LeadMatches leadId={lead.id} />
        </div>
        <div className="space-y-6 lg:min-w-0">
          <Panel id="lead-contact" title={t('lead.field.contact')}>
            <dl className="grid gap-y-3">
              <div>
                <dt className="text-sm text-slate-600">{t('contact.field.name')}</dt>
                <dd className="font-medium break-words">
                  <Link to={`/contacts/${lead.contact_id}`} className="text-accent-800 underline underline-offset-2 hover:text-accent-900">
                    {name}
                  </Link>
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t('contact.field.phone')}</dt>
                <dd className="font-medium">{lead.contact.phone ? formatPhone(lead.contact.phone) : '—'}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t('contact.field.email')}</dt>
                <dd className="font-medium break-all">{lead.contact.email ?? '—'}</dd>
              </div>
              {lead.property_id !== null ? (
                <div>
                  <dt className="text-sm text-slate-600">{t('lead.field.property')}</dt>
                  <dd className="font-medium break-words">
                    <Link to={`/biens/${lead.property_id}`} className="text-accent-800 underline underline-offset-2 hover:text-accent-900">
                      {[lead.property_reference, lead.property_title].filter(Boolean).join(' · ') || t('lead.field.property')}
                    </Link>
                  </dd>
                </div>
              ) : null}
              {lead.message ? (
                <div>
                  <dt className="text-sm text-slate-600">{t('lead.field.message')}</dt>
                  <dd className="break-words whitespace-pre-line text-slate-900">{lead.message}</dd>
                </div>
              ) : null}
              {lead.status === 'lost' && lead.lost_reason ? (
                <div>
                  <dt className="text-sm text-slate-600">{t('lead.field.lost_reason')}</dt>
                  <dd className="break-words text-slate-900">{lead.lost_reason}</dd>
                </div>
              ) : null}
            </dl>
          </Panel>
          <Panel id="lead-follow-up" title={t('lead.detail.followUp')}>
            <LeadFollowUp key={lead.id} lead={lead} />
          </Panel>
        </div>
      </div>
    </>
  )
}

// Two clicks to a logged call or note: the button, then "Enregistrer" once the summary is typed.
function LogActions({ leadId }: { leadId: number }) {
  const { t } = useI18n()
  const [open, setOpen] = useState<'call' | 'note' | null>(null)
  const callRef = useRef<HTMLButtonElement>(null)
  const noteRef = useRef<HTMLButtonElement>(null)

  const handleDone = () => {
    const opener = open === 'call' ? callRef.current : noteRef.current
    setOpen(null)
    opener?.focus()
  }

  return (
    <div className="mb-4 space-y-3">
      <div className="flex flex-wrap gap-3">
        <Button ref={callRef} aria-expanded={open === 'call'} onClick={() => setOpen(open === 'call' ? null : 'call')}>
          {t('interaction.logCall')}
        </Button>
        <Button
          ref={noteRef}
          variant="secondary"
          aria-expanded={open === 'note'}
          onClick={() => setOpen(open === 'note' ? null : 'note')}
        >
          {t('interaction.addNote')}
        </Button>
      </div>
      {open ? <InteractionForm key={open} leadId={leadId} type={open} onDone={handleDone} /> : null}
    </div>
  )
}
