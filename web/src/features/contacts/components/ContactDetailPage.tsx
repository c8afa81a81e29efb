import { useRef, useState, type ReactNode } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Badge, Button, PageHeader, Panel, Spinner, buttonVariants } from '../../../ui'
import { Loaded } from '../../../app/StatusPages'
import { permissions } from '../../auth/roles'
import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../../properties/hooks/useAgents'
import { Timeline } from '../../leads/components/Timeline'
import { leadStatusLabel, STATUS_TONES } from '../../leads/utils/labels'
import { useContact, useContactLeads, useExportContact } from '../hooks/useContacts'
import type { Contact } from '../types/contact'
import { channelValue, contactName, formatPhone } from '../utils/display'
import { roleLabel } from '../utils/labels'
import { contactPermissions } from '../utils/permissions'
import type { ContactNotice } from './ContactFormPages'
import { ConsentForm } from './ConsentForm'
import { EraseContactDialog } from './EraseContactDialog'
import { SmsAction } from '../../sms/components/SmsAction'
import { EmailAction } from '../../inbox/components/EmailAction'

const NOTICES: Record<NonNullable<ContactNotice['notice']>, MessageKey> = {
  created: 'contact.detail.created',
  saved: 'contact.detail.saved',
  merged: 'contact.detail.merged',
}

export function ContactDetailPage() {
  const { t } = useI18n()
  const contact = useContact(Number(useParams().id))
  return (
    <Loaded query={contact} fallbackTitle={t('contact.detail.fallbackTitle')}>
      {(data) => <ContactDetail contact={data} />}
    </Loaded>
  )
}

function ContactDetail({ contact }: { contact: Contact }) {
  const { t, formatDate } = useI18n()
  const user = useCurrentUser()
  const location = useLocation()
  const exporter = useExportContact(contact.id)
  const [erasing, setErasing] = useState(false)
  const notice = (location.state as ContactNotice | null)?.notice
  const name = contactName(contact) || t('contact.unnamed')
  const canExport = contactPermissions.exportData(user.role)
  const canErase = contactPermissions.erase(user.role)
  const { agents } = useAgents(permissions.manageAllProperties(user.role))
  const agentName =
    contact.agent_name ??
    agents.find((agent) => agent.id === contact.agent_id)?.name ??
    (contact.agent_id === user.id ? user.name : null)

  return (
    <>
      <PageHeader
        title={[contact.civility, name].filter(Boolean).join(' ')}
        description={
          contact.roles.length > 0 ? (
            <ul className="flex flex-wrap gap-2" aria-label={t('contact.field.roles')}>
              {contact.roles.map((role) => (
                <li key={role}>
                  <Badge>{t(roleLabel(role))}</Badge>
                </li>
              ))}
            </ul>
          ) : null
        }
        actions={
          <div className="flex flex-wrap items-start gap-3">
            <SmsAction contactId={contact.id} />
            <EmailAction contactId={contact.id} />
            <Link to={`/contacts/${contact.id}/modifier`} className={buttonVariants()}>
              {t('contact.detail.edit')}
            </Link>
          </div>
        }
      />
      {notice ? (
        <Alert tone="success" className="mb-6">
          {t(NOTICES[notice])}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-3 lg:items-start">
        <div className="space-y-6 lg:col-span-2 lg:min-w-0">
          <Panel id="contact-leads" title={t('contact.detail.leads')}>
            <LeadsList contact={contact} />
          </Panel>
          <Panel id="contact-timeline" title={t('contact.detail.timeline')}>
            <Timeline owner="contacts" ownerId={contact.id} idPrefix="contact-timeline" />
          </Panel>
        </div>
        <div className="space-y-6 lg:min-w-0">
          <Panel id="contact-channels" title={t('contact.detail.channels')}>
            <Facts
              items={[
                [t('contact.field.emails'), <ChannelItems key="e" values={contact.emails.map(channelValue)} kind="email" />],
                [t('contact.field.phones'), <ChannelItems key="p" values={contact.phones.map(formatPhone)} kind="tel" />],
                [
                  t('contact.detail.address'),
                  [contact.street, [contact.postal_code, contact.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '—',
                ],
                [t('contact.field.preferred_language'), t(contact.preferred_language === 'en' ? 'language.en' : 'language.fr')],
                [t('contact.field.agent_id'), agentName ?? '—'],
                [t('contact.detail.lastInbound'), contact.last_inbound_at ? formatDate(contact.last_inbound_at) : '—'],
              ]}
            />
            {contact.notes ? (
              <div className="mt-4">
                <h3 className="text-sm text-slate-600">{t('contact.field.notes')}</h3>
                <p className="break-words whitespace-pre-line text-slate-900">{contact.notes}</p>
              </div>
            ) : null}
          </Panel>
          <Panel id="contact-consents" title={t('contact.detail.consents')}>
            <Consents contact={contact} />
          </Panel>
          {contact.properties ? (
            <Panel id="contact-properties" title={t('contact.detail.properties')}>
              {contact.properties.length > 0 ? (
                <ul className="space-y-2">
                  {contact.properties.map((property) => (
                    <li key={property.id}>
                      <Link to={`/biens/${property.id}`} className="text-accent-800 underline underline-offset-2 hover:text-accent-900">
                        {property.reference} · {property.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-700">{t('contact.detail.noProperties')}</p>
              )}
            </Panel>
          ) : null}
          {canExport || canErase ? (
            <Panel id="contact-rgpd" title={t('contact.rgpd.title')}>
              <p className="mb-4 text-sm text-slate-700">{t('contact.rgpd.hint')}</p>
              {exporter.isError ? <Alert tone="error" className="mb-3">{exporter.error.message}</Alert> : null}
              <div className="flex flex-wrap gap-3">
                {canExport ? (
                  <Button variant="secondary" disabled={exporter.isPending} onClick={() => exporter.mutate()}>
                    {t('contact.rgpd.export')}
                  </Button>
                ) : null}
                {canErase ? (
                  <Button variant="danger" onClick={() => setErasing(true)}>
                    {t('contact.rgpd.erase')}
                  </Button>
                ) : null}
              </div>
            </Panel>
          ) : null}
        </div>
      </div>
      {canErase ? <EraseContactDialog open={erasing} contact={contact} name={name} onClose={() => setErasing(false)} /> : null}
    </>
  )
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-y-3">
      {items.map(([term, value]) => (
        <div key={term} className="min-w-0">
          <dt className="text-sm text-slate-600">{term}</dt>
          <dd className="font-medium break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function ChannelItems({ values, kind }: { values: string[]; kind: 'email' | 'tel' }) {
  if (values.length === 0) return <>—</>
  return (
    <ul>
      {values.map((value) => (
        <li key={value} className="break-all">
          <a href={`${kind === 'email' ? 'mailto:' : 'tel:'}${value.replace(/\s/g, '')}`} className="text-accent-800 underline underline-offset-2">
            {value}
          </a>
        </li>
      ))}
    </ul>
  )
}

function Consents({ contact }: { contact: Contact }) {
  const { t, formatDate } = useI18n()
  const [recording, setRecording] = useState(false)
  const openerRef = useRef<HTMLButtonElement>(null)
  const history = contact.consents
  const handleDone = () => {
    setRecording(false)
    openerRef.current?.focus()
  }
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3">
        {(['email', 'sms'] as const).map((channel) => {
          const granted = channel === 'email' ? contact.consent_email : contact.consent_sms
          return (
            <div key={channel}>
              <dt className="text-sm text-slate-600">{t(channel === 'email' ? 'contact.consent.email' : 'contact.consent.sms')}</dt>
              <dd>
                <Badge tone={granted ? 'positive' : 'neutral'}>{t(granted ? 'contact.consent.granted' : 'contact.consent.none')}</Badge>
              </dd>
            </div>
          )
        })}
      </dl>
      {history && history.length > 0 ? (
        <ol className="space-y-3">
          {history.map((consent, index) => (
            <li key={consent.id ?? index} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-medium text-slate-900">
                {t(consent.granted ? 'contact.consent.grantedOn' : 'contact.consent.withdrawnOn', {
                  channel: t(consent.channel === 'email' ? 'contact.consent.emailShort' : 'contact.consent.smsShort'),
                  date: formatDate(consent.at),
                })}
              </p>
              <p className="text-slate-700">{t('contact.consent.sourceLine', { source: consent.source })}</p>
              <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 break-words text-slate-700">{consent.wording}</blockquote>
            </li>
          ))}
        </ol>
      ) : history ? (
        <p className="text-sm text-slate-700">{t('contact.consent.noHistory')}</p>
      ) : null}
      <Button ref={openerRef} variant="secondary" size="sm" aria-expanded={recording} onClick={() => setRecording(!recording)}>
        {t('contact.consent.change')}
      </Button>
      {recording ? <ConsentForm contactId={contact.id} onDone={handleDone} /> : null}
    </div>
  )
}

function LeadsList({ contact }: { contact: Contact }) {
  const { t, formatDate } = useI18n()
  const leads = useContactLeads(contact)
  if (leads.isPending && leads.fetchStatus !== 'idle') return <Spinner />
  if (leads.isError) return <Alert tone="error">{leads.error.message}</Alert>
  if (leads.items.length === 0) return <p className="text-sm text-slate-700">{t('contact.detail.noLeads')}</p>
  return (
    <ul className="divide-y divide-slate-200">
      {leads.items.map((lead) => (
        <li key={lead.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <Link to={`/leads/${lead.id}`} className="text-accent-800 underline underline-offset-2 hover:text-accent-900">
            {t('contact.detail.leadLink', { id: lead.id, date: formatDate(lead.created_at) })}
          </Link>
          <Badge tone={STATUS_TONES[lead.status]}>{t(leadStatusLabel(lead.status))}</Badge>
        </li>
      ))}
    </ul>
  )
}
