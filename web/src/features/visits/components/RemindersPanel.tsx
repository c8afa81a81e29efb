import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Badge, Panel, Spinner } from '../../../ui'
import { useVisitReminders } from '../hooks/useVisits'
import type { Visit, VisitReminder } from '../types/visit'
import { formatDateTimeInZone } from '../utils/time'
import { offsetLabel } from '../utils/offsets'

const STATE_LABEL: Record<VisitReminder['state'], MessageKey> = {
  scheduled: 'visits.reminders.state.scheduled',
  sent: 'visits.reminders.state.sent',
  skipped: 'visits.reminders.state.skipped',
  cancelled: 'visits.reminders.state.cancelled',
}

const STATE_TONE: Record<VisitReminder['state'], 'positive' | 'neutral' | 'negative'> = {
  scheduled: 'neutral',
  sent: 'positive',
  skipped: 'neutral',
  cancelled: 'negative',
}

export function RemindersPanel({ visit }: { visit: Visit }) {
  const { t, locale } = useI18n()
  const reminders = useVisitReminders(visit.id)
  const people = new Map<string, string>([
    ...visit.contacts.map((contact): [string, string] => [`contact:${contact.id}`, contact.name]),
    ...visit.agents.map((agent): [string, string] => [`user:${agent.id}`, agent.name]),
  ])
  const recipient = (reminder: VisitReminder) =>
    reminder.recipient_name ??
    people.get(`${reminder.recipient_kind}:${reminder.recipient_id}`) ??
    t(reminder.recipient_kind === 'contact' ? 'visits.reminders.aContact' : 'visits.reminders.anAgent')

  return (
    <Panel id="visit-reminders" title={t('visits.reminders.title')}>
      {reminders.isPending ? (
        <Spinner />
      ) : reminders.isError ? (
        <Alert tone="error">{reminders.error.message}</Alert>
      ) : reminders.data.items.length === 0 ? (
        <p className="text-sm text-slate-700">{t('visits.reminders.empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {reminders.data.items.map((reminder) => (
            <li key={reminder.id} className="flex flex-wrap items-start justify-between gap-2 py-3 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {t(reminder.channel === 'sms' ? 'visits.reminders.sms' : 'visits.reminders.email')} ·{' '}
                  {recipient(reminder)}
                </p>
                <p className="text-slate-700">
                  {formatDateTimeInZone(reminder.due_at, visit.time_zone, locale)} (
                  {t('visits.reminders.before', { offset: offsetLabel(reminder.offset_minutes, t) })})
                </p>
                {reminder.detail ? <p className="text-slate-600">{reminder.detail}</p> : null}
              </div>
              <Badge tone={STATE_TONE[reminder.state]}>{t(STATE_LABEL[reminder.state])}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}
