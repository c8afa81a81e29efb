import { useState, type FormEvent } from 'react'
import { hasMessage, useI18n } from '../../../i18n'
import { Alert, Button, CheckboxField, ChoiceGroup, Field, Panel, Select, SelectField, Spinner } from '../../../ui'
import { offsetLabel } from '../../visits/utils/offsets'
import { useSaveVisitSettings, useVisitSettings } from '../hooks/useVisitSettings'
import type { VisitSettings } from '../types/visitSettings'

// The zones of metropolitan France and the overseas departments and territories.
export const TIME_ZONES = [
  'Europe/Paris',
  'Indian/Reunion',
  'America/Martinique',
  'America/Guadeloupe',
  'America/Cayenne',
  'Indian/Mayotte',
  'Pacific/Noumea',
  'Pacific/Tahiti',
] as const

// The server's bounds (visit_settings_service.hpp).
const MIN_OFFSET_MINUTES = 5
const MAX_OFFSET_MINUTES = 14 * 24 * 60
const MAX_OFFSETS = 5

export function VisitSettingsPanel() {
  const { t } = useI18n()
  const settings = useVisitSettings()
  return (
    <Panel id="visit-settings" title={t('visitSettings.title')}>
      {settings.isPending ? (
        <Spinner />
      ) : settings.isError ? (
        <Alert tone="error">{settings.error.message}</Alert>
      ) : (
        <VisitSettingsForm settings={settings.data} />
      )}
    </Panel>
  )
}

function VisitSettingsForm({ settings }: { settings: VisitSettings }) {
  const { t } = useI18n()
  const save = useSaveVisitSettings()
  const [draft, setDraft] = useState(settings)
  const [amount, setAmount] = useState('')
  const [unit, setUnit] = useState<'hours' | 'minutes'>('hours')
  const [offsetError, setOffsetError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const fieldErrors = save.error?.fields ?? {}

  const change = (patch: Partial<VisitSettings>) => {
    setSaved(false)
    setDraft({ ...draft, ...patch })
  }

  const handleAdd = () => {
    const value = Number(amount.replace(',', '.'))
    const minutes = Math.round(unit === 'hours' ? value * 60 : value)
    if (!amount.trim() || !Number.isFinite(value) || minutes < MIN_OFFSET_MINUTES || minutes > MAX_OFFSET_MINUTES) {
      setOffsetError(t('visitSettings.offsetInvalid'))
      return
    }
    if (draft.reminder_offsets_minutes.length >= MAX_OFFSETS) {
      setOffsetError(t('visitSettings.offsetsTooMany', { max: MAX_OFFSETS }))
      return
    }
    if (draft.reminder_offsets_minutes.includes(minutes)) {
      setOffsetError(t('visitSettings.offsetDuplicate'))
      return
    }
    setOffsetError(null)
    setAmount('')
    change({ reminder_offsets_minutes: [...draft.reminder_offsets_minutes, minutes].sort((a, b) => b - a) })
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(draft, {
      onSuccess: (stored) => {
        setDraft(stored)
        setSaved(true)
      },
    })
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-6">
      <ChoiceGroup
        id="visit-offsets"
        legend={t('visitSettings.offsets')}
        hint={t('visitSettings.offsetsHint')}
        error={fieldErrors.reminder_offsets_minutes}
      >
        {draft.reminder_offsets_minutes.length === 0 ? (
          <p className="text-sm text-slate-700">{t('visitSettings.noOffsets')}</p>
        ) : (
          <ul className="flex flex-wrap gap-2" aria-label={t('visitSettings.offsetList')}>
            {draft.reminder_offsets_minutes.map((minutes) => {
              const label = t('visits.reminders.before', { offset: offsetLabel(minutes, t) })
              return (
                <li key={minutes} className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm text-slate-900">
                  {label}
                  <Button
                    variant="ghost"
                    size="sm"
                    className="h-7 px-2"
                    aria-label={t('visitSettings.removeOffset', { offset: label })}
                    onClick={() =>
                      change({ reminder_offsets_minutes: draft.reminder_offsets_minutes.filter((value) => value !== minutes) })
                    }
                  >
                    <span aria-hidden="true">×</span>
                  </Button>
                </li>
              )
            })}
          </ul>
        )}
        <div className="flex flex-wrap items-end gap-3">
          <Field
            id="visit-offset-amount"
            label={t('visitSettings.offsetAmount')}
            inputMode="numeric"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            error={offsetError ?? undefined}
            containerClassName="w-32"
          />
          <div className="space-y-1.5">
            <label htmlFor="visit-offset-unit" className="block text-sm font-medium text-slate-800">
              {t('visitSettings.offsetUnit')}
            </label>
            <Select
              id="visit-offset-unit"
              value={unit}
              onChange={(event) => setUnit(event.target.value as 'hours' | 'minutes')}
              options={[
                { value: 'hours', label: t('visitSettings.unitHours') },
                { value: 'minutes', label: t('visitSettings.unitMinutes') },
              ]}
            />
          </div>
          <Button variant="secondary" onClick={handleAdd}>
            {t('visitSettings.addOffset')}
          </Button>
        </div>
      </ChoiceGroup>
      <ChoiceGroup id="visit-remind-email" legend={t('visitSettings.channels')}>
        <CheckboxField
          id="visit-remind-email"
          label={t('visitSettings.byEmail')}
          checked={draft.remind_by_email}
          onChange={(event) => change({ remind_by_email: event.target.checked })}
        />
        <CheckboxField
          label={t('visitSettings.bySms')}
          checked={draft.remind_by_sms}
          onChange={(event) => change({ remind_by_sms: event.target.checked })}
        />
      </ChoiceGroup>
      <ChoiceGroup id="visit-remind-contacts" legend={t('visitSettings.recipients')}>
        <CheckboxField
          id="visit-remind-contacts"
          label={t('visitSettings.contacts')}
          checked={draft.remind_contacts}
          onChange={(event) => change({ remind_contacts: event.target.checked })}
        />
        <CheckboxField
          label={t('visitSettings.agents')}
          checked={draft.remind_agents}
          onChange={(event) => change({ remind_agents: event.target.checked })}
        />
      </ChoiceGroup>
      <SelectField
        id="visit-time-zone"
        label={t('visitSettings.timeZone')}
        hint={t('visitSettings.timeZoneHint')}
        value={draft.time_zone}
        onChange={(event) => change({ time_zone: event.target.value })}
        error={fieldErrors.time_zone}
        containerClassName="max-w-sm"
        options={[...new Set([draft.time_zone, ...TIME_ZONES])].map((zone) => {
          const key = `visitSettings.zone.${zone}`
          return { value: zone, label: hasMessage(key) ? t(key) : zone }
        })}
      />
      {save.isError && Object.keys(fieldErrors).length === 0 ? <Alert tone="error">{save.error.message}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t('visitSettings.save')}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {saved ? t('visitSettings.saved') : ''}
        </p>
      </div>
    </form>
  )
}
