import type { Locale } from '../../../i18n'
import type {
  ChargesMethod,
  DpeStatus,
  EnergyClass,
  Feature,
  FeesPayer,
  MandateType,
  Property,
  PropertyInput,
  PropertyStatus,
  PropertyType,
  Transaction,
} from '../types/property'
import { centsToEuroInput, eurosToCents, numberToInput, parseDecimal, parseInteger } from './numbers'

// What the form edits: text as typed (euros, decimal commas), keyed by the API field it becomes,
// so a server error on `price_cents` lands beside the price input without a mapping table.
export interface PropertyFormValues {
  reference: string
  transaction: Transaction
  type: PropertyType
  status: PropertyStatus
  title: string
  description: string
  price_cents: string
  fees_cents: string
  fees_paid_by: FeesPayer | ''
  rent_cents: string
  charges_cents: string
  charges_method: ChargesMethod | ''
  deposit_cents: string
  rent_fees_cents: string
  street: string
  postal_code: string
  city: string
  country: string
  lat: string
  lon: string
  show_exact_address: boolean
  living_area_m2: string
  land_area_m2: string
  rooms: string
  bedrooms: string
  bathrooms: string
  floor: string
  floors_total: string
  year_built: string
  features: Feature[]
  dpe_status: DpeStatus | ''
  dpe_class: EnergyClass | ''
  dpe_kwh: string
  ges_class: EnergyClass | ''
  ges_kg: string
  energy_cost_min_cents: string
  energy_cost_max_cents: string
  energy_cost_year: string
  dpe_date: string
  copro: boolean
  copro_lots: string
  copro_charges_cents: string
  copro_procedure: boolean
  mandate_type: MandateType | ''
  mandate_number: string
  mandate_start: string
  mandate_end: string
  agent_id: string
}

export type FormField = keyof PropertyFormValues

const MONEY_FIELDS = [
  'price_cents',
  'fees_cents',
  'rent_cents',
  'charges_cents',
  'deposit_cents',
  'rent_fees_cents',
  'energy_cost_min_cents',
  'energy_cost_max_cents',
  'copro_charges_cents',
] as const
const DECIMAL_FIELDS = ['lat', 'lon', 'living_area_m2', 'land_area_m2'] as const
const INTEGER_FIELDS = [
  'rooms',
  'bedrooms',
  'bathrooms',
  'floor',
  'floors_total',
  'year_built',
  'dpe_kwh',
  'ges_kg',
  'energy_cost_year',
  'copro_lots',
] as const
const TEXT_FIELDS = [
  'reference',
  'description',
  'street',
  'postal_code',
  'city',
  'country',
  'dpe_date',
  'mandate_number',
  'mandate_start',
  'mandate_end',
] as const
const SALE_FIELDS = ['price_cents', 'fees_cents', 'fees_paid_by'] as const
const RENT_FIELDS = ['rent_cents', 'charges_cents', 'charges_method', 'deposit_cents', 'rent_fees_cents'] as const
const ENERGY_DETAIL_FIELDS = [
  'dpe_class',
  'dpe_kwh',
  'ges_class',
  'ges_kg',
  'energy_cost_min_cents',
  'energy_cost_max_cents',
  'energy_cost_year',
  'dpe_date',
] as const
const COPRO_DETAIL_FIELDS = ['copro_lots', 'copro_charges_cents'] as const

export const NUMERIC_FIELDS: readonly FormField[] = [...MONEY_FIELDS, ...DECIMAL_FIELDS, ...INTEGER_FIELDS]
export const INTEGER_FORM_FIELDS: readonly FormField[] = INTEGER_FIELDS

export function emptyFormValues(): PropertyFormValues {
  return {
    reference: '',
    transaction: 'sale',
    type: 'apartment',
    status: 'draft',
    title: '',
    description: '',
    price_cents: '',
    fees_cents: '',
    fees_paid_by: '',
    rent_cents: '',
    charges_cents: '',
    charges_method: '',
    deposit_cents: '',
    rent_fees_cents: '',
    street: '',
    postal_code: '',
    city: '',
    country: 'FR',
    lat: '',
    lon: '',
    show_exact_address: false,
    living_area_m2: '',
    land_area_m2: '',
    rooms: '',
    bedrooms: '',
    bathrooms: '',
    floor: '',
    floors_total: '',
    year_built: '',
    features: [],
    dpe_status: '',
    dpe_class: '',
    dpe_kwh: '',
    ges_class: '',
    ges_kg: '',
    energy_cost_min_cents: '',
    energy_cost_max_cents: '',
    energy_cost_year: '',
    dpe_date: '',
    copro: false,
    copro_lots: '',
    copro_charges_cents: '',
    copro_procedure: false,
    mandate_type: '',
    mandate_number: '',
    mandate_start: '',
    mandate_end: '',
    agent_id: '',
  }
}

export function formValuesFromProperty(property: Property, locale: Locale): PropertyFormValues {
  const values = emptyFormValues()
  for (const field of MONEY_FIELDS) values[field] = centsToEuroInput(property[field], locale)
  for (const field of [...DECIMAL_FIELDS, ...INTEGER_FIELDS]) values[field] = numberToInput(property[field], locale)
  for (const field of TEXT_FIELDS) values[field] = property[field] ?? ''
  return {
    ...values,
    transaction: property.transaction,
    type: property.type,
    status: property.status,
    title: property.title ?? '',
    fees_paid_by: property.fees_paid_by ?? '',
    charges_method: property.charges_method ?? '',
    show_exact_address: property.show_exact_address,
    features: property.features ?? [],
    dpe_status: property.dpe_status ?? '',
    dpe_class: property.dpe_class ?? '',
    ges_class: property.ges_class ?? '',
    dpe_date: property.dpe_date?.slice(0, 10) ?? '',
    mandate_start: property.mandate_start?.slice(0, 10) ?? '',
    mandate_end: property.mandate_end?.slice(0, 10) ?? '',
    copro: property.copro,
    copro_procedure: property.copro_procedure,
    mandate_type: property.mandate_type ?? '',
    agent_id: property.agent_id === null ? '' : String(property.agent_id),
  }
}

// The body the API receives. Only called on values that passed validateFormValues, so every
// number parses.
export function formValuesToInput(values: PropertyFormValues): PropertyInput {
  const input = {} as Record<string, unknown>
  for (const field of MONEY_FIELDS) input[field] = eurosToCents(values[field])
  for (const field of DECIMAL_FIELDS) input[field] = parseDecimal(values[field])
  for (const field of INTEGER_FIELDS) input[field] = parseInteger(values[field])
  for (const field of TEXT_FIELDS) input[field] = values[field].trim() || null
  Object.assign(input, {
    transaction: values.transaction,
    type: values.type,
    status: values.status,
    title: values.title.trim(),
    fees_paid_by: values.fees_paid_by || null,
    charges_method: values.charges_method || null,
    show_exact_address: values.show_exact_address,
    features: values.features,
    dpe_status: values.dpe_status || null,
    dpe_class: values.dpe_class || null,
    ges_class: values.ges_class || null,
    copro: values.copro,
    copro_procedure: values.copro && values.copro_procedure,
    mandate_type: values.mandate_type || null,
    agent_id: values.agent_id ? Number(values.agent_id) : null,
  })
  input.country = typeof input.country === 'string' ? input.country.toUpperCase() : null
  for (const field of irrelevantFields(values)) input[field] = null
  return input as unknown as PropertyInput
}

// Fields hidden by another answer (rent fields of a sale, energy detail of a property "non soumis"):
// not checked, and sent as null.
export function irrelevantFields(values: PropertyFormValues): readonly FormField[] {
  return [
    ...(values.transaction === 'sale' ? RENT_FIELDS : SALE_FIELDS),
    ...(values.dpe_status === 'done' ? [] : ENERGY_DETAIL_FIELDS),
    ...(values.copro ? [] : COPRO_DETAIL_FIELDS),
  ]
}

// A new property sends what was filled in; an edit sends only what changed.
export function creationBody(input: PropertyInput): Partial<PropertyInput> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)),
  )
}

export function changedFields(before: PropertyInput, after: PropertyInput): Partial<PropertyInput> {
  return Object.fromEntries(
    Object.entries(after).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof PropertyInput]),
    ),
  )
}
