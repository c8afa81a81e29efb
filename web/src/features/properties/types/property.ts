// The property as the API describes it (properties contract): money in cents, surfaces in m².

export const TRANSACTIONS = ['sale', 'rent'] as const
export type Transaction = (typeof TRANSACTIONS)[number]

export const PROPERTY_TYPES = [
  'apartment',
  'house',
  'land',
  'commercial',
  'office',
  'parking',
  'building',
  'other',
] as const
export type PropertyType = (typeof PROPERTY_TYPES)[number]

export const PROPERTY_STATUSES = [
  'draft',
  'available',
  'under_offer',
  'under_contract',
  'sold',
  'rented',
  'withdrawn',
] as const
export type PropertyStatus = (typeof PROPERTY_STATUSES)[number]

export const FEATURES = [
  'balcony',
  'terrace',
  'garden',
  'parking',
  'garage',
  'cellar',
  'elevator',
  'pool',
  'furnished',
  'fireplace',
  'air_conditioning',
  'accessible',
  'view',
  'quiet',
  'renovated',
  'new_build',
] as const
export type Feature = (typeof FEATURES)[number]

export const ENERGY_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const
export type EnergyClass = (typeof ENERGY_CLASSES)[number]

export const DPE_STATUSES = ['done', 'not_required', 'blank'] as const
export type DpeStatus = (typeof DPE_STATUSES)[number]

export const FEES_PAYERS = ['seller', 'buyer'] as const
export type FeesPayer = (typeof FEES_PAYERS)[number]

export const CHARGES_METHODS = ['provision', 'flat', 'included'] as const
export type ChargesMethod = (typeof CHARGES_METHODS)[number]

export const MANDATE_TYPES = ['simple', 'exclusive', 'semi_exclusive'] as const
export type MandateType = (typeof MANDATE_TYPES)[number]

export const PUBLISH_CHECK_CODES = [
  'dpe',
  'ges',
  'energy_cost',
  'fees',
  'fees_paid_by',
  'living_area',
  'city',
  'price',
  'photos',
] as const
export type PublishCheckCode = (typeof PUBLISH_CHECK_CODES)[number]

export interface CoverPhoto {
  id: number
  thumb_url: string
  medium_url: string
}

// Every field a client may send (POST, PATCH).
export interface PropertyInput {
  reference: string | null
  transaction: Transaction
  type: PropertyType
  status: PropertyStatus
  title: string
  description: string | null
  price_cents: number | null
  fees_cents: number | null
  fees_paid_by: FeesPayer | null
  rent_cents: number | null
  charges_cents: number | null
  charges_method: ChargesMethod | null
  deposit_cents: number | null
  rent_fees_cents: number | null
  street: string | null
  postal_code: string | null
  city: string | null
  country: string | null
  lat: number | null
  lon: number | null
  show_exact_address: boolean
  living_area_m2: number | null
  land_area_m2: number | null
  rooms: number | null
  bedrooms: number | null
  bathrooms: number | null
  floor: number | null
  floors_total: number | null
  year_built: number | null
  features: Feature[]
  dpe_status: DpeStatus | null
  dpe_class: EnergyClass | null
  dpe_kwh: number | null
  ges_class: EnergyClass | null
  ges_kg: number | null
  energy_cost_min_cents: number | null
  energy_cost_max_cents: number | null
  energy_cost_year: number | null
  dpe_date: string | null
  copro: boolean
  copro_lots: number | null
  copro_charges_cents: number | null
  copro_procedure: boolean
  mandate_type: MandateType | null
  mandate_number: string | null
  mandate_start: string | null
  mandate_end: string | null
  agent_id: number | null
}

export interface Property extends PropertyInput {
  id: number
  reference: string
  price_excluding_fees_cents: number | null
  fees_percent: number | null
  agent_name: string | null
  cover_photo: CoverPhoto | null
  publish_check: { ready: boolean; missing: string[] }
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  distance_km?: number | null
}

export interface PropertyPoint {
  id: number
  reference: string
  title: string
  lat: number
  lon: number
  price_cents: number | null
  transaction: Transaction
  type: PropertyType
  status: PropertyStatus
}

export interface PropertyPoints {
  items: PropertyPoint[]
  truncated: boolean
}

export interface HistoryEntry {
  id: number
  at: string
  user_id: number | null
  user_name: string | null
  field: string
  old_value: unknown
  new_value: unknown
}

export interface Photo {
  id: number
  position: number
  is_cover: boolean
  caption: string | null
  width: number
  height: number
  thumb_url: string
  medium_url: string
  large_url: string
  created_at: string
}

export interface GeocodeResult {
  label: string
  street: string | null
  postal_code: string | null
  city: string | null
  lat: number
  lon: number
  score: number
}

export interface MapSettings {
  tile_url: string
  attribution: string
  max_zoom: number
}
