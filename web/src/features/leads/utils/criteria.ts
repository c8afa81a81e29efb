import type { Locale } from '../../../i18n'
import type { EnergyClass, Feature, PropertyType, Transaction } from '../../properties/types/property'
import { centsToEuroInput, eurosToCents, numberToInput, parseDecimal, parseInteger } from '../../properties/utils/numbers'
import type { Criterion } from '../types/lead'

// A criterion as the editor holds it: numbers as typed, lists as comma-separated text.
export interface CriterionDraft {
  key: string
  id?: number
  transaction: Transaction | ''
  property_types: PropertyType[]
  budget_min: string
  budget_max: string
  living_area_min: string
  rooms_min: string
  bedrooms_min: string
  cities: string
  postal_codes: string
  near_lat: string
  near_lon: string
  radius_km: string
  polygon: [number, number][] | null
  features: Feature[]
  dpe_max: EnergyClass | ''
}

export type DraftField = Exclude<keyof CriterionDraft, 'key' | 'id' | 'polygon' | 'property_types' | 'features'>

let nextKey = 0
const newKey = () => `criterion-${(nextKey += 1)}`

export function emptyDraft(): CriterionDraft {
  return {
    key: newKey(),
    transaction: 'sale',
    property_types: [],
    budget_min: '',
    budget_max: '',
    living_area_min: '',
    rooms_min: '',
    bedrooms_min: '',
    cities: '',
    postal_codes: '',
    near_lat: '',
    near_lon: '',
    radius_km: '',
    polygon: null,
    features: [],
    dpe_max: '',
  }
}

export function draftFrom(criterion: Criterion, locale: Locale): CriterionDraft {
  const number = (value: number | null | undefined) => numberToInput(value, locale)
  return {
    key: criterion.id === undefined ? newKey() : `criterion-id-${criterion.id}`,
    id: criterion.id,
    transaction: criterion.transaction ?? '',
    property_types: criterion.property_types ?? [],
    budget_min: centsToEuroInput(criterion.budget_min_cents, locale),
    budget_max: centsToEuroInput(criterion.budget_max_cents, locale),
    living_area_min: number(criterion.living_area_min_m2),
    rooms_min: number(criterion.rooms_min),
    bedrooms_min: number(criterion.bedrooms_min),
    cities: (criterion.cities ?? []).join(', '),
    postal_codes: (criterion.postal_codes ?? []).join(', '),
    near_lat: number(criterion.near?.lat),
    near_lon: number(criterion.near?.lon),
    radius_km: number(criterion.near?.radius_km),
    polygon: criterion.polygon && criterion.polygon.length > 0 ? criterion.polygon : null,
    features: criterion.features ?? [],
    dpe_max: criterion.dpe_max ?? '',
  }
}

export type DraftErrors = Partial<Record<DraftField, 'number' | 'near'>>

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

// Turns a draft into the API's criterion; what cannot be read as a number is reported, not sent.
export function criterionFromDraft(draft: CriterionDraft): { criterion: Criterion; errors: DraftErrors } {
  const errors: DraftErrors = {}
  const read = (field: DraftField, parse: (text: string) => number | null) => {
    const value = parse(draft[field] as string)
    if (value !== null && Number.isNaN(value)) {
      errors[field] = 'number'
      return null
    }
    return value
  }
  const lat = read('near_lat', parseDecimal)
  const lon = read('near_lon', parseDecimal)
  const radius = read('radius_km', parseDecimal)
  const nearGiven = [lat, lon, radius].filter((value) => value !== null).length
  if (nearGiven > 0 && nearGiven < 3) errors[lat === null ? 'near_lat' : lon === null ? 'near_lon' : 'radius_km'] = 'near'
  const criterion: Criterion = {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    transaction: draft.transaction || null,
    property_types: draft.property_types,
    budget_min_cents: read('budget_min', eurosToCents),
    budget_max_cents: read('budget_max', eurosToCents),
    living_area_min_m2: read('living_area_min', parseDecimal),
    rooms_min: read('rooms_min', parseInteger),
    bedrooms_min: read('bedrooms_min', parseInteger),
    cities: list(draft.cities),
    postal_codes: list(draft.postal_codes),
    near: lat !== null && lon !== null && radius !== null ? { lat, lon, radius_km: radius } : null,
    polygon: draft.polygon,
    features: draft.features,
    dpe_max: draft.dpe_max || null,
  }
  return { criterion, errors }
}

// The server names a criterion's field "criteria[0].budget_max_cents" (or "criteria.0.…").
const API_TO_DRAFT: Record<string, DraftField> = {
  transaction: 'transaction',
  budget_min_cents: 'budget_min',
  budget_max_cents: 'budget_max',
  living_area_min_m2: 'living_area_min',
  rooms_min: 'rooms_min',
  bedrooms_min: 'bedrooms_min',
  cities: 'cities',
  postal_codes: 'postal_codes',
  near: 'near_lat',
  lat: 'near_lat',
  lon: 'near_lon',
  radius_km: 'radius_km',
  dpe_max: 'dpe_max',
}

export function serverCriterionErrors(fields: Record<string, string>): Map<string, string> {
  const errors = new Map<string, string>()
  for (const [key, message] of Object.entries(fields)) {
    const match = /^criteria(?:\[(\d+)\]|\.(\d+))\.?(?:near\.)?(\w+)?/.exec(key)
    if (!match) continue
    const index = match[1] ?? match[2]
    const field = API_TO_DRAFT[match[3] ?? ''] ?? 'transaction'
    errors.set(`${index}.${field}`, message)
  }
  return errors
}
