import { useId, useState, type FormEvent } from 'react'
import { useI18n, type Locale, type MessageKey } from '../../../i18n'
import { Button, CheckboxField, ChoiceGroup, Field, SelectField } from '../../../ui'
import { permissions } from '../../auth/roles'
import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../hooks/useAgents'
import {
  ENERGY_CLASSES,
  FEATURES,
  PROPERTY_STATUSES,
  PROPERTY_TYPES,
  TRANSACTIONS,
} from '../types/property'
import { countActiveFilters, splitList, type PropertyFilters as Filters } from '../utils/filters'
import { featureLabel, statusLabel, transactionLabel, typeLabel } from '../utils/labels'
import { centsToEuroInput, eurosToCents, numberToInput, parseDecimal, parseInteger } from '../utils/numbers'

interface PropertyFiltersProps {
  filters: Filters
  onApply: (filters: Filters) => void
}

interface Draft {
  q: string
  transaction: string
  type: string[]
  status: string[]
  price_min: string
  price_max: string
  area_min: string
  area_max: string
  rooms_min: string
  bedrooms_min: string
  place: string
  agent_id: string
  dpe_max: string
  features: string[]
}

type NumberField = 'price_min' | 'price_max' | 'area_min' | 'area_max' | 'rooms_min' | 'bedrooms_min'

// The search box and the filter panel. What is typed stays here until "Rechercher" or "Appliquer":
// then it goes to the address bar, which the list reads.
export function PropertyFilters({ filters, onApply }: PropertyFiltersProps) {
  const { t, locale } = useI18n()
  const user = useCurrentUser()
  const canChooseAgent = permissions.manageAllProperties(user.role)
  const { agents } = useAgents(canChooseAgent)
  const panelId = useId()
  const [open, setOpen] = useState(false)
  const [errors, setErrors] = useState<Partial<Record<NumberField, MessageKey>>>({})
  const [draft, setDraft] = useState<Draft>(() => draftFrom(filters, locale))
  // When the address changes under the form (Back, a link), the form shows the search in force.
  // Adjusted during render rather than by remounting, so the focus stays where it was.
  const filtersKey = JSON.stringify(filters)
  const [shownKey, setShownKey] = useState(filtersKey)
  if (filtersKey !== shownKey) {
    setShownKey(filtersKey)
    setDraft(draftFrom(filters, locale))
    setErrors({})
  }
  const activeCount = countActiveFilters(filters)

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }))
  const toggle = (key: 'type' | 'status' | 'features', value: string, checked: boolean) =>
    setDraft((current) => ({
      ...current,
      [key]: checked ? [...current[key], value] : current[key].filter((item) => item !== value),
    }))

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found: Partial<Record<NumberField, MessageKey>> = {}
    const numbers: Partial<Record<NumberField, number | null>> = {}
    for (const field of ['price_min', 'price_max', 'area_min', 'area_max'] as const) {
      numbers[field] = field.startsWith('price') ? eurosToCents(draft[field]) : parseDecimal(draft[field])
    }
    for (const field of ['rooms_min', 'bedrooms_min'] as const) numbers[field] = parseInteger(draft[field])
    for (const [field, value] of Object.entries(numbers) as [NumberField, number | null][]) {
      if (value !== null && (Number.isNaN(value) || value < 0)) found[field] = 'property.filters.invalidNumber'
    }
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setOpen(true)
      return
    }
    const place = draft.place.trim()
    const isPostalCode = /^\d{1,5}$/.test(place)
    const next: Filters = {
      q: draft.q.trim(),
      transaction: draft.transaction,
      type: draft.type.join(','),
      status: draft.status.join(','),
      agent_id: draft.agent_id,
      dpe_max: draft.dpe_max,
      features: draft.features.join(','),
      city: isPostalCode ? '' : place,
      postal_code: isPostalCode ? place : '',
      polygon: filters.polygon,
    }
    for (const [field, value] of Object.entries(numbers) as [NumberField, number | null][]) {
      next[field] = value === null ? '' : String(value)
    }
    onApply(Object.fromEntries(Object.entries(next).filter(([, value]) => value)) as Filters)
  }

  const handleReset = () => onApply(filters.polygon ? { polygon: filters.polygon } : {})

  const numberField = (field: NumberField, label: MessageKey, inputMode: 'decimal' | 'numeric') => (
    <Field
      id={`filter-${field}`}
      label={t(label)}
      inputMode={inputMode}
      value={draft[field]}
      onChange={(event) => set(field, event.target.value)}
      error={errors[field] ? t(errors[field]) : undefined}
    />
  )

  const checkboxGroup = <V extends string>(
    key: 'type' | 'status' | 'features',
    legend: MessageKey,
    values: readonly V[],
    label: (value: V) => MessageKey,
  ) => (
    <ChoiceGroup id={`filter-${key}`} legend={t(legend)}>
      <div className="grid grid-cols-2 gap-x-4 gap-y-2">
        {values.map((value, index) => (
          <CheckboxField
            key={value}
            id={index === 0 ? `filter-${key}` : `filter-${key}-${value}`}
            label={t(label(value))}
            checked={draft[key].includes(value)}
            onChange={(event) => toggle(key, value, event.target.checked)}
          />
        ))}
      </div>
    </ChoiceGroup>
  )

  return (
    <form
      role="search"
      aria-label={t('property.filters.label')}
      noValidate
      onSubmit={handleSubmit}
      className="mb-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field
          id="filter-q"
          type="search"
          label={t('property.filters.q')}
          hint={t('property.filters.qHint')}
          containerClassName="flex-1"
          value={draft.q}
          onChange={(event) => set('q', event.target.value)}
        />
        <div className="flex gap-2">
          <Button type="submit">{t('property.filters.search')}</Button>
          <Button
            variant="secondary"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            {activeCount > 0 ? t('property.filters.toggleCount', { count: activeCount }) : t('property.filters.toggle')}
          </Button>
        </div>
      </div>
      <div id={panelId} hidden={!open} className="space-y-5 border-t border-slate-200 pt-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            id="filter-transaction"
            label={t('property.field.transaction')}
            value={draft.transaction}
            onChange={(event) => set('transaction', event.target.value)}
            options={[
              { value: '', label: t('property.filters.any') },
              ...TRANSACTIONS.map((value) => ({ value, label: t(transactionLabel(value)) })),
            ]}
          />
          <Field
            id="filter-place"
            label={t('property.filters.place')}
            hint={t('property.filters.placeHint')}
            value={draft.place}
            onChange={(event) => set('place', event.target.value)}
          />
          <SelectField
            id="filter-dpe_max"
            label={t('property.filters.dpeMax')}
            value={draft.dpe_max}
            onChange={(event) => set('dpe_max', event.target.value)}
            options={[
              { value: '', label: t('property.filters.any') },
              ...ENERGY_CLASSES.map((value) => ({ value, label: t('property.filters.dpeMaxOption', { class: value }) })),
            ]}
          />
          {canChooseAgent ? (
            <SelectField
              id="filter-agent_id"
              label={t('property.field.agent_id')}
              value={draft.agent_id}
              onChange={(event) => set('agent_id', event.target.value)}
              options={[
                { value: '', label: t('property.filters.anyAgent') },
                ...agents.map((agent) => ({ value: String(agent.id), label: agent.name })),
              ]}
            />
          ) : (
            <CheckboxField
              id="filter-agent_id"
              containerClassName="sm:pt-7"
              label={t('property.filters.mine')}
              checked={draft.agent_id === String(user.id)}
              onChange={(event) => set('agent_id', event.target.checked ? String(user.id) : '')}
            />
          )}
        </div>
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-6">
          {numberField('price_min', 'property.filters.priceMin', 'decimal')}
          {numberField('price_max', 'property.filters.priceMax', 'decimal')}
          {numberField('area_min', 'property.filters.areaMin', 'decimal')}
          {numberField('area_max', 'property.filters.areaMax', 'decimal')}
          {numberField('rooms_min', 'property.filters.roomsMin', 'numeric')}
          {numberField('bedrooms_min', 'property.filters.bedroomsMin', 'numeric')}
        </div>
        <p className="text-sm text-slate-600">{t('property.filters.priceHint')}</p>
        <div className="grid gap-5 lg:grid-cols-3">
          {checkboxGroup('type', 'property.field.type', PROPERTY_TYPES, typeLabel)}
          {checkboxGroup('status', 'property.field.status', PROPERTY_STATUSES, statusLabel)}
          {checkboxGroup('features', 'property.field.features', FEATURES, featureLabel)}
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit">{t('property.filters.apply')}</Button>
          <Button variant="secondary" onClick={handleReset}>
            {t('property.filters.reset')}
          </Button>
        </div>
      </div>
    </form>
  )
}

function draftFrom(filters: Filters, locale: Locale): Draft {
  return {
    q: filters.q ?? '',
    transaction: filters.transaction ?? '',
    type: splitList(filters.type),
    status: splitList(filters.status),
    price_min: centsToEuroInput(toNumber(filters.price_min), locale),
    price_max: centsToEuroInput(toNumber(filters.price_max), locale),
    area_min: numberToInput(toNumber(filters.area_min), locale),
    area_max: numberToInput(toNumber(filters.area_max), locale),
    rooms_min: filters.rooms_min ?? '',
    bedrooms_min: filters.bedrooms_min ?? '',
    place: filters.postal_code ?? filters.city ?? '',
    agent_id: filters.agent_id ?? '',
    dpe_max: filters.dpe_max ?? '',
    features: splitList(filters.features),
  }
}

function toNumber(value: string | undefined): number | null {
  if (!value) return null
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}
