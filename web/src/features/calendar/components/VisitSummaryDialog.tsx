import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Button, Dialog, DialogFooter, buttonVariants } from '../../../ui'
import { KIND_LABEL_KEYS, STATUS_LABEL_KEYS } from '../../visits/form/labels'
import { coAgentsOf, type Visit } from '../../visits/form/visit'
import { formatSlot } from '../utils/formatSlot'

interface VisitSummaryDialogProps {
  visit: Visit | null
  canManage: boolean
  onClose: () => void
  onEdit: (visit: Visit) => void
}

// What an event opens: the appointment at a glance, its page, and (for whoever manages it) the form
// that changes or moves it.
export function VisitSummaryDialog({ visit, canManage, onClose, onEdit }: VisitSummaryDialogProps) {
  const { t, locale } = useI18n()
  const coAgents = visit ? coAgentsOf(visit) : []
  const rows: [string, string][] = visit
    ? [
        [t('calendar.field.when'), formatSlot(visit, locale)],
        [t('calendar.field.status'), t(STATUS_LABEL_KEYS[visit.status])],
        [t('calendar.field.agent'), visit.agent.name],
        ...(coAgents.length ? [[t('calendar.field.coAgents'), coAgents.map((agent) => agent.name).join(', ')] as [string, string]] : []),
        [
          t('calendar.field.property'),
          visit.property ? [visit.property.reference, visit.property.title, visit.property.city].filter(Boolean).join(' · ') : '—',
        ],
        [t('calendar.field.contacts'), visit.contacts.map((contact) => contact.name).join(', ') || '—'],
        [t('calendar.field.place'), visit.place ?? '—'],
        ...(visit.notes ? [[t('calendar.field.notes'), visit.notes] as [string, string]] : []),
      ]
    : []
  return (
    <Dialog open={visit !== null} onClose={onClose} title={visit ? t(KIND_LABEL_KEYS[visit.kind]) : ''}>
      {visit ? (
        <>
          <dl className="grid gap-y-3">
            {rows.map(([term, value]) => (
              <div key={term}>
                <dt className="text-sm text-slate-600">{term}</dt>
                <dd className="font-medium break-words whitespace-pre-line text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {visit.conflict_override ? <p className="mt-3 text-sm text-slate-700">{t('calendar.event.overridden')}</p> : null}
          <DialogFooter>
            <Link to={`/visites/${visit.id}`} className={buttonVariants({ variant: 'secondary' })}>
              {t('calendar.event.open')}
            </Link>
            {canManage && visit.status !== 'cancelled' ? (
              <Button data-autofocus onClick={() => onEdit(visit)}>
                {t('calendar.event.edit')}
              </Button>
            ) : null}
          </DialogFooter>
        </>
      ) : null}
    </Dialog>
  )
}
