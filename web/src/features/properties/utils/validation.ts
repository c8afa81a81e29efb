import type { MessageKey } from '../../../i18n'
import { INTEGER_FORM_FIELDS, NUMERIC_FIELDS, irrelevantFields, type FormField, type PropertyFormValues } from './formValues'
import { parseDecimal } from './numbers'

export type FormErrors = Partial<Record<FormField, MessageKey>>

// The checks a person can fix before sending; the server repeats them and remains the authority.
export function validateFormValues(values: PropertyFormValues): FormErrors {
  const errors: FormErrors = {}
  if (!values.title.trim()) errors.title = 'property.error.titleRequired'

  for (const field of NUMERIC_FIELDS) {
    const value = parseDecimal(values[field] as string)
    if (value === null) continue
    if (Number.isNaN(value)) errors[field] = 'property.error.notANumber'
    else if (INTEGER_FORM_FIELDS.includes(field) && !Number.isInteger(value)) errors[field] = 'property.error.notAnInteger'
  }

  const positive = values.transaction === 'sale' ? (['price_cents'] as const) : (['rent_cents'] as const)
  for (const field of positive) {
    const value = parseDecimal(values[field])
    if (value !== null && !Number.isNaN(value) && value <= 0) errors[field] = 'property.error.positive'
  }
  const notNegative = [
    'fees_cents',
    'charges_cents',
    'deposit_cents',
    'rent_fees_cents',
    'living_area_m2',
    'land_area_m2',
    'rooms',
    'bedrooms',
    'bathrooms',
    'dpe_kwh',
    'ges_kg',
    'copro_lots',
    'copro_charges_cents',
    'energy_cost_min_cents',
    'energy_cost_max_cents',
  ] as const
  for (const field of notNegative) {
    const value = parseDecimal(values[field])
    if (!errors[field] && value !== null && value < 0) errors[field] = 'property.error.negative'
  }

  const lat = parseDecimal(values.lat)
  const lon = parseDecimal(values.lon)
  if (!errors.lat && lat !== null && Math.abs(lat) > 90) errors.lat = 'property.error.latRange'
  if (!errors.lon && lon !== null && Math.abs(lon) > 180) errors.lon = 'property.error.lonRange'
  if (!errors.lat && !errors.lon && (lat === null) !== (lon === null)) {
    errors[lat === null ? 'lat' : 'lon'] = 'property.error.coordinatesPair'
  }

  if (values.mandate_start && values.mandate_end && values.mandate_end <= values.mandate_start) {
    errors.mandate_end = 'property.error.mandateEnd'
  }
  const costMin = parseDecimal(values.energy_cost_min_cents)
  const costMax = parseDecimal(values.energy_cost_max_cents)
  if (!errors.energy_cost_max_cents && costMin !== null && costMax !== null && costMax < costMin) {
    errors.energy_cost_max_cents = 'property.error.energyCostRange'
  }
  if (values.country.trim() && !/^[A-Za-z]{2}$/.test(values.country.trim())) errors.country = 'property.error.country'
  for (const field of irrelevantFields(values)) delete errors[field]
  return errors
}
