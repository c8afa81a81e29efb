import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, ConfirmDialog, Field } from '../../../ui'
import { formatDateTimeInZone, zonedInputToIso } from '../../visits/utils/time'
import { useAddUnavailability, useDeleteUnavailability } from '../hooks/useVisitSettings'
import type { Unavailability } from '../types/visitSettings'

interface Props {
  agentId: number
  timeZone: string
  unavailabilities: Unavailability[]
}

export function UnavailabilitiesEditor({ agentId, timeZone, unavailabilities }: Props) {
  const { t, locale } = useI18n()
  const remove = useDeleteUnavailability(agentId)
  const [target, setTarget] = useState<Unavailability | null>(null)
  const range = (item: Unavailability) =>
    t('visitSettings.unavailableRange', {
      from: formatDateTimeInZone(item.starts_at, timeZone, locale),
      to: formatDateTimeInZone(item.ends_at, timeZone, locale),
    })

  return (
    <div className="space-y-4">
      {unavailabilities.length === 0 ? (
        <p className="text-sm text-slate-700">{t('visitSettings.noUnavailability')}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {unavailabilities.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className="min-w-0 text-slate-900">
                {range(item)}
                {item.reason ? <span className="block text-slate-600">{item.reason}</span> : null}
              </span>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  remove.reset()
                  setTarget(item)
                }}
              >
                {t('visitSettings.delete')}
                <span className="sr-only"> {range(item)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AddUnavailabilityForm agentId={agentId} timeZone={timeZone} />
      <ConfirmDialog
        open={target !== null}
        title={t('visitSettings.deleteUnavailabilityTitle')}
        body={target ? range(target) : ''}
        confirmLabel={t('visitSettings.delete')}
        pending={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => target && remove.mutate(target.id, { onSuccess: () => setTarget(null) })}
        onClose={() => setTarget(null)}
      />
    </div>
  )
}

function AddUnavailabilityForm({ agentId, timeZone }: { agentId: number; timeZone: string }) {
  const { t } = useI18n()
  const add = useAddUnavailability(agentId)
  const [startsAt, setStartsAt] = useState('')
  const [endsAt, setEndsAt] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [added, setAdded] = useState(false)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    setAdded(false)
    const starts = zonedInputToIso(startsAt, timeZone)
    const ends = zonedInputToIso(endsAt, timeZone)
    const found: Record<string, string> = {}
    if (!starts) found.starts_at = t('visitSettings.dateTimeInvalid')
    if (!ends) found.ends_at = t('visitSettings.dateTimeInvalid')
    else if (starts && endsAt <= startsAt) found.ends_at = t('visitSettings.endBeforeStart')
    setErrors(found)
    if (!starts || !ends || Object.keys(found).length > 0) return
    add.mutate(
      { starts_at: starts, ends_at: ends, reason: reason.trim() || null },
      {
        onSuccess: () => {
          setStartsAt('')
          setEndsAt('')
          setReason('')
          setAdded(true)
        },
        onError: (error) => setErrors(error.fields),
      },
    )
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-3 rounded-md border border-slate-200 p-4">
      <h4 className="text-sm font-semibold text-slate-900">{t('visitSettings.addUnavailability')}</h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          type="datetime-local"
          label={t('visitSettings.unavailableFrom')}
          value={startsAt}
          onChange={(event) => setStartsAt(event.target.value)}
          error={errors.starts_at}
        />
        <Field
          type="datetime-local"
          label={t('visitSettings.unavailableTo')}
          value={endsAt}
          onChange={(event) => setEndsAt(event.target.value)}
          error={errors.ends_at}
        />
      </div>
      <Field
        label={t('visitSettings.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
      />
      {add.isError && Object.keys(add.error.fields).length === 0 ? <Alert tone="error">{add.error.message}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={add.isPending}>
          {t('visitSettings.addUnavailabilitySubmit')}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {added ? t('visitSettings.unavailabilityAdded') : ''}
        </p>
      </div>
    </form>
  )
}
