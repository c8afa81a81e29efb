import { useState, type FormEvent } from 'react'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Button, CheckboxField, ChoiceGroup, Field, SelectField } from '../../../ui'
import { ENERGY_CLASSES, FEATURES, PROPERTY_TYPES, TRANSACTIONS } from '../../properties/types/property'
import { featureLabel, transactionLabel, typeLabel } from '../../properties/utils/labels'
import { useUpdateLead } from '../hooks/useLeads'
import { CriterionZone } from './CriterionZone'
import type { Lead } from '../types/lead'
import {
  criterionFromDraft,
  draftFrom,
  emptyDraft,
  serverCriterionErrors,
  type CriterionDraft,
  type DraftErrors,
  type DraftField,
} from '../utils/criteria'

const ERROR_KEYS: Record<'number' | 'near', MessageKey> = {
  number: 'lead.criteria.notANumber',
  near: 'lead.criteria.nearIncomplete',
}

// What the client looks for: one or several searches, saved together (each keeps its id).
export function CriteriaEditor({ lead }: { lead: Lead }) {
  const { t, locale } = useI18n()
  const update = useUpdateLead()
  const [drafts, setDrafts] = useState<CriterionDraft[]>(() => lead.criteria.map((criterion) => draftFrom(criterion, locale)))
  const [errors, setErrors] = useState<DraftErrors[]>([])
  const [saved, setSaved] = useState(false)
  const serverErrors = serverCriterionErrors(update.error?.fields ?? {})

  const change = (index: number, patch: Partial<CriterionDraft>) => {
    setSaved(false)
    setDrafts((current) => current.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)))
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const results = drafts.map(criterionFromDraft)
    const found = results.map((result) => result.errors)
    setErrors(found)
    const firstBad = found.findIndex((item) => Object.keys(item).length > 0)
    if (firstBad >= 0) {
      const field = Object.keys(found[firstBad])[0]
      document.getElementById(`${drafts[firstBad].key}-${field}`)?.focus()
      return
    }
    update.mutate(
      { id: lead.id, change: { criteria: results.map((result) => result.criterion) } },
      {
        onSuccess: (next) => {
          setDrafts(next.criteria.map((criterion) => draftFrom(criterion, locale)))
          setSaved(true)
        },
      },
    )
  }

  const errorOf = (index: number, field: DraftField) => {
    const code = errors[index]?.[field]
    return code ? t(ERROR_KEYS[code]) : serverErrors.get(`${index}.${field}`)
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      {saved ? <Alert tone="success">{t('lead.criteria.saved')}</Alert> : null}
      {update.isError && serverErrors.size === 0 ? <Alert tone="error">{update.error.message}</Alert> : null}
      {update.isError && serverErrors.size > 0 ? <Alert tone="error">{t('lead.criteria.fixErrors')}</Alert> : null}
      {drafts.length === 0 ? <p className="text-sm text-slate-700">{t('lead.criteria.none')}</p> : null}
      {drafts.map((draft, index) => (
        <CriterionFields
          key={draft.key}
          draft={draft}
          number={index + 1}
          errorOf={(field) => errorOf(index, field)}
          onChange={(patch) => change(index, patch)}
          onRemove={() => {
            setSaved(false)
            setDrafts((current) => current.filter((_, i) => i !== index))
          }}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => setDrafts((current) => [...current, emptyDraft()])}>
          {t('lead.criteria.add')}
        </Button>
        <Button type="submit" disabled={update.isPending}>
          {t('lead.criteria.save')}
        </Button>
      </div>
    </form>
  )
}

interface CriterionFieldsProps {
  draft: CriterionDraft
  number: number
  errorOf: (field: DraftField) => string | undefined
  onChange: (patch: Partial<CriterionDraft>) => void
  onRemove: () => void
}

function CriterionFields({ draft, number, errorOf, onChange, onRemove }: CriterionFieldsProps) {
  const { t } = useI18n()
  const id = (field: string) => `${draft.key}-${field}`
  const text = (field: DraftField, labelKey: MessageKey, extra: { hint?: string; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <Field
      id={id(field)}
      label={t(labelKey)}
      hint={extra.hint}
      inputMode={extra.inputMode}
      value={draft[field] as string}
      error={errorOf(field)}
      onChange={(event) => onChange({ [field]: event.target.value })}
    />
  )
  const toggle = <T extends string>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value))

  return (
    <fieldset className="min-w-0 space-y-4 rounded-md border border-slate-200 p-4">
      <legend className="px-1 font-semibold text-slate-900">{t('lead.criteria.number', { number })}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={id('transaction')}
          label={t('lead.criteria.transaction')}
          value={draft.transaction}
          error={errorOf('transaction')}
          onChange={(event) => onChange({ transaction: event.target.value as CriterionDraft['transaction'] })}
          options={[{ value: '', label: '—' }, ...TRANSACTIONS.map((value) => ({ value, label: t(transactionLabel(value)) }))]}
        />
        <SelectField
          id={id('dpe_max')}
          label={t('lead.criteria.dpeMax')}
          value={draft.dpe_max}
          error={errorOf('dpe_max')}
          onChange={(event) => onChange({ dpe_max: event.target.value as CriterionDraft['dpe_max'] })}
          options={[{ value: '', label: t('lead.criteria.any') }, ...ENERGY_CLASSES.map((value) => ({ value, label: value }))]}
        />
      </div>
      <ChoiceGroup id={id('type-apartment')} legend={t('lead.criteria.types')}>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {PROPERTY_TYPES.map((type) => (
            <CheckboxField
              key={type}
              id={id(`type-${type}`)}
              label={t(typeLabel(type))}
              checked={draft.property_types.includes(type)}
              onChange={(event) => onChange({ property_types: toggle(draft.property_types, type, event.target.checked) })}
            />
          ))}
        </div>
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {text('budget_min', 'lead.criteria.budgetMin', { inputMode: 'decimal' })}
        {text('budget_max', 'lead.criteria.budgetMax', { inputMode: 'decimal' })}
        {text('living_area_min', 'lead.criteria.areaMin', { inputMode: 'decimal' })}
        {text('rooms_min', 'lead.criteria.roomsMin', { inputMode: 'numeric' })}
        {text('bedrooms_min', 'lead.criteria.bedroomsMin', { inputMode: 'numeric' })}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text('cities', 'lead.criteria.cities', { hint: t('lead.criteria.listHint') })}
        {text('postal_codes', 'lead.criteria.postalCodes', { hint: t('lead.criteria.listHint') })}
      </div>
      <ChoiceGroup id={id('near_lat')} legend={t('lead.criteria.near')} hint={t('lead.criteria.nearHint')} legendClassName="mb-1">
        <div className="grid gap-4 sm:grid-cols-3">
          {text('near_lat', 'lead.criteria.lat', { inputMode: 'decimal' })}
          {text('near_lon', 'lead.criteria.lon', { inputMode: 'decimal' })}
          {text('radius_km', 'lead.criteria.radius', { inputMode: 'decimal' })}
        </div>
      </ChoiceGroup>
      <CriterionZone polygon={draft.polygon} onChange={(polygon) => onChange({ polygon })} />
      <ChoiceGroup id={id('feature-balcony')} legend={t('lead.criteria.features')}>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          {FEATURES.map((feature) => (
            <CheckboxField
              key={feature}
              id={id(`feature-${feature}`)}
              label={t(featureLabel(feature))}
              checked={draft.features.includes(feature)}
              onChange={(event) => onChange({ features: toggle(draft.features, feature, event.target.checked) })}
            />
          ))}
        </div>
      </ChoiceGroup>
      <Button variant="secondary" size="sm" onClick={onRemove} aria-label={t('lead.criteria.removeNamed', { number })}>
        {t('lead.criteria.remove')}
      </Button>
    </fieldset>
  )
}
