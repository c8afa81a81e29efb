import type { Locale, MessageKey, MessageVars } from '../../../i18n'
import type { Property } from '../types/property'
import { formatEuros, formatNumber } from './numbers'

type Translate = (key: MessageKey, vars?: MessageVars) => string

// The price a list shows: the sale price (fees included) or the monthly rent.
export function headlinePrice(property: Property, t: Translate, locale: Locale): string | null {
  if (property.transaction === 'sale') {
    return property.price_cents === null ? null : formatEuros(property.price_cents, locale)
  }
  return property.rent_cents === null
    ? null
    : t('property.perMonth', { amount: formatEuros(property.rent_cents, locale) })
}

export function pricePerSquareMetre(property: Property): number | null {
  const amount = property.transaction === 'sale' ? property.price_cents : property.rent_cents
  if (amount === null || !property.living_area_m2) return null
  // In whole euros: cents per m² would be false precision.
  return Math.round(amount / property.living_area_m2 / 100) * 100
}

export function formatArea(area: number | null, locale: Locale): string | null {
  return area === null ? null : `${formatNumber(area, locale)}\u00a0m²`
}

export function placeLine(property: Pick<Property, 'postal_code' | 'city'>): string {
  return [property.postal_code, property.city].filter(Boolean).join(' ')
}
