import type { Locale } from '../../../i18n'

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

// Reads what a person types in French or English: "250 000,50", "250000.5", "1 234".
// Empty gives null; anything that is not a number gives NaN.
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.')
  if (compact === '') return null
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return Number.NaN
  return Number(compact)
}

export function parseInteger(text: string): number | null {
  const value = parseDecimal(text)
  if (value === null || Number.isNaN(value)) return value
  return Number.isInteger(value) ? value : Number.NaN
}

// Euros typed in the form become the API's integer cents.
export function eurosToCents(text: string): number | null {
  const value = parseDecimal(text)
  if (value === null || Number.isNaN(value)) return value
  return Math.round(value * 100)
}

export function centsToEuroInput(cents: number | null | undefined, locale: Locale): string {
  if (cents === null || cents === undefined) return ''
  const euros = cents / 100
  const text = Number.isInteger(euros) ? String(euros) : euros.toFixed(2)
  return locale === 'fr' ? text.replace('.', ',') : text
}

export function numberToInput(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return locale === 'fr' ? text.replace('.', ',') : text
}

export function formatEuros(cents: number, locale: Locale): string {
  const euros = cents / 100
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(euros) ? 0 : 2,
    minimumFractionDigits: Number.isInteger(euros) ? 0 : 2,
  }).format(euros)
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits }).format(value)
}

export function formatDay(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}
