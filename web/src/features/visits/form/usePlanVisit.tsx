import { useState } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Button } from '../../../ui'
import { formatSlot } from '../../calendar/utils/formatSlot'
import { toLocalSlot } from './visitTime'
import type { Visit, VisitPrefill } from './visit'
import { VisitFormDialog } from './VisitFormDialog'

// "Planifier une visite" on a property's or a lead's page: the button (with its form) goes among the
// page's actions; once a visit is booked, the notice (linking to its week in the calendar) under the title.
export function usePlanVisit(prefill: VisitPrefill) {
  const { t, locale } = useI18n()
  const [open, setOpen] = useState(false)
  const [planned, setPlanned] = useState<Visit | null>(null)

  const button = (
    <>
      <Button
        onClick={() => {
          setPlanned(null)
          setOpen(true)
        }}
      >
        {t('calendar.plan')}
      </Button>
      <VisitFormDialog
        open={open}
        prefill={prefill}
        onClose={() => setOpen(false)}
        onSaved={(visit) => {
          setOpen(false)
          setPlanned(visit)
        }}
      />
    </>
  )
  const notice = planned ? (
    <Alert tone="success" className="mb-6">
      {t('calendar.planned', { when: formatSlot(planned, locale) })}{' '}
      <Link
        to={`/agenda?date=${toLocalSlot(planned.starts_at, planned.time_zone).date}`}
        className="font-medium underline underline-offset-2"
      >
        {t('calendar.plannedInAgenda')}
      </Link>
    </Alert>
  ) : null
  return { button, notice }
}
