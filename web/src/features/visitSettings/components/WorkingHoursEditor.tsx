import { useState, type FormEvent } from 'react'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Button } from '../../../ui'
import { useSaveWorkingHours } from '../hooks/useVisitSettings'
import type { WorkingRange } from '../types/visitSettings'

const WEEKDAYS: { day: number; labelKey: MessageKey }[] = [
  { day: 1, labelKey: 'visitSettings.weekday.1' },
  { day: 2, labelKey: 'visitSettings.weekday.2' },
  { day: 3, labelKey: 'visitSettings.weekday.3' },
  { day: 4, labelKey: 'visitSettings.weekday.4' },
  { day: 5, labelKey: 'visitSettings.weekday.5' },
  { day: 6, labelKey: 'visitSettings.weekday.6' },
  { day: 7, labelKey: 'visitSettings.weekday.7' },
]

// A day has no range (not worked), one, or two (morning and afternoon).
const MAX_RANGES = 2

interface Props {
  agentId: number
  ranges: WorkingRange[]
}

export function WorkingHoursEditor({ agentId, ranges }: Props) {
  const { t } = useI18n()
  const save = useSaveWorkingHours(agentId)
  const [draft, setDraft] = useState(ranges)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)

  const update = (next: WorkingRange[]) => {
    setSaved(false)
    setDraft(next)
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    draft.forEach((range, index) => {
      if (!range.starts || !range.ends || range.starts >= range.ends) found[`working_hours[${index}]`] = t('visitSettings.rangeInvalid')
    })
    setErrors(found)
    if (Object.keys(found).length > 0) return
    save.mutate(draft, {
      onSuccess: (stored) => {
        setDraft(stored.working_hours)
        setSaved(true)
      },
      onError: (error) => setErrors(error.fields),
    })
  }

  // The server names a range (working_hours[2]) or one of its times (working_hours[2].ends).
  const rangeError = (range: WorkingRange) => {
    const prefix = `working_hours[${draft.indexOf(range)}]`
    return Object.entries(errors).find(([field]) => field === prefix || field.startsWith(`${prefix}.`))?.[1]
  }
  const otherErrors = Object.entries(errors).filter(([field]) => !/^working_hours\[\d+\]/.test(field))

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">{t('visitSettings.hoursHint')}</p>
      <ul className="divide-y divide-slate-200">
        {WEEKDAYS.map(({ day, labelKey }) => {
          const dayRanges = draft.filter((range) => range.weekday === day)
          const dayName = t(labelKey)
          return (
            <li key={day} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:gap-4">
              <h4 className="w-28 shrink-0 pt-2 text-sm font-medium text-slate-900">{dayName}</h4>
              <div className="flex min-w-0 flex-1 flex-col gap-2">
                {dayRanges.length === 0 ? <p className="pt-2 text-sm text-slate-600">{t('visitSettings.dayOff')}</p> : null}
                {dayRanges.map((range, position) => {
                  const error = rangeError(range)
                  const name = t('visitSettings.rangeName', { day: dayName, position: position + 1 })
                  return (
                    <div key={position} className="space-y-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <input
                          type="time"
                          aria-label={t('visitSettings.rangeStarts', { range: name })}
                          value={range.starts}
                          aria-invalid={error ? true : undefined}
                          onChange={(event) => update(draft.map((item) => (item === range ? { ...item, starts: event.target.value } : item)))}
                          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
                        />
                        <span aria-hidden="true">–</span>
                        <input
                          type="time"
                          aria-label={t('visitSettings.rangeEnds', { range: name })}
                          value={range.ends}
                          aria-invalid={error ? true : undefined}
                          onChange={(event) => update(draft.map((item) => (item === range ? { ...item, ends: event.target.value } : item)))}
                          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
                        />
                        <Button
                          variant="ghost"
                          size="sm"
                          onClick={() => update(draft.filter((item) => item !== range))}
                        >
                          {t('visitSettings.removeRange')}
                          <span className="sr-only"> ({name})</span>
                        </Button>
                      </div>
                      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
                    </div>
                  )
                })}
                {dayRanges.length < MAX_RANGES ? (
                  <div>
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() =>
                        update([
                          ...draft,
                          dayRanges.length === 0
                            ? { weekday: day, starts: '09:00', ends: '12:30' }
                            : { weekday: day, starts: '14:00', ends: '19:00' },
                        ])
                      }
                    >
                      {t('visitSettings.addRange')}
                      <span className="sr-only"> ({dayName})</span>
                    </Button>
                  </div>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
      {otherErrors.length > 0 ? (
        <Alert tone="error">
          {otherErrors.map(([field, message]) => (
            <p key={field}>{message}</p>
          ))}
        </Alert>
      ) : null}
      {save.isError && Object.keys(save.error.fields).length === 0 ? <Alert tone="error">{save.error.message}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t('visitSettings.saveHours')}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {saved ? t('visitSettings.hoursSaved') : ''}
        </p>
      </div>
    </form>
  )
}
