import { en } from './en'
import { fr, type Catalogue, type MessageKey } from './fr'

export type Locale = 'fr' | 'en'
export const LOCALES: readonly Locale[] = ['fr', 'en']

const STORAGE_KEY = 'logis.locale'
const CATALOGUES: Record<Locale, Catalogue> = { fr, en }
// Dates are shown in the agency's time zone, whatever the browser's.
const AGENCY_TIME_ZONE = 'Europe/Paris'
const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

const listeners = new Set<() => void>()
let current: Locale = readStoredLocale()

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    return stored === 'en' || stored === 'fr' ? stored : 'fr'
  } catch {
    return 'fr'
  }
}

export function getLocale(): Locale {
  return current
}

export function applyLocaleToDocument(): void {
  document.documentElement.lang = current
}

export function setLocale(locale: Locale): void {
  if (locale === current) return
  current = locale
  try {
    window.localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
  applyLocaleToDocument()
  listeners.forEach((listener) => listener())
}

export function subscribeToLocale(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

// For keys built from data (a field name from the server): is there a message for it?
export function hasMessage(key: string): key is MessageKey {
  return key in CATALOGUES.fr
}

export type MessageVars = Record<string, string | number>

export function translate(key: MessageKey, vars?: MessageVars, locale: Locale = current): string {
  const template = CATALOGUES[locale][key]
  if (!vars) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  )
}

export function formatDateTime(iso: string, locale: Locale = current): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: AGENCY_TIME_ZONE,
  }).format(date)
}
