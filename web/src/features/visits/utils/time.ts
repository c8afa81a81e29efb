import type { Locale } from '../../../i18n'

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

// Visits are shown in the agency's zone, whatever the browser's.
export function formatInZone(iso: string, timeZone: string, locale: Locale, options: Intl.DateTimeFormatOptions) {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone }).format(date)
}

export function formatVisitDay(iso: string, timeZone: string, locale: Locale) {
  return formatInZone(iso, timeZone, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
}

export function formatTime(iso: string, timeZone: string, locale: Locale) {
  return formatInZone(iso, timeZone, locale, { hour: '2-digit', minute: '2-digit' })
}

export function formatDateTimeInZone(iso: string, timeZone: string, locale: Locale) {
  return formatInZone(iso, timeZone, locale, { dateStyle: 'medium', timeStyle: 'short' })
}

// The wall-clock parts of an instant in a zone.
function zonedParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') }
}

// Minutes the zone is ahead of UTC at an instant.
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000)
}

function pad(value: number, width = 2) {
  return String(Math.abs(value)).padStart(width, '0')
}

// "2026-03-29T10:00" read in timeZone -> "2026-03-29T10:00:00+02:00" (the tz database of the browser
// gives the offset; a wall time skipped by a DST change moves forward like the server's date/tz).
export function zonedInputToIso(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number)
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  let offset = offsetAt(wall, timeZone)
  offset = offsetAt(wall - offset * 60_000, timeZone)
  const sign = offset < 0 ? '-' : '+'
  return `${local}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
}

// An instant as the value of a datetime-local input in timeZone.
export function isoToZonedInput(iso: string, timeZone: string): string {
  const p = zonedParts(new Date(iso).getTime(), timeZone)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

// Today's date (YYYY-MM-DD) in timeZone, moved by some days.
export function zonedDate(timeZone: string, addDays = 0): string {
  const p = zonedParts(Date.now() + addDays * 86_400_000, timeZone)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}
