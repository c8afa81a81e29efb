import { DateTime } from 'luxon'

// Wall-clock times of the agency's zone <-> instants, through luxon (the tz database the browser has).
export const DEFAULT_TIME_ZONE = 'Europe/Paris'

export interface LocalSlot {
  date: string // YYYY-MM-DD
  time: string // HH:mm
}

export function toLocalSlot(iso: string, zone: string): LocalSlot {
  const local = DateTime.fromISO(iso, { zone })
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm') }
}

// "2026-03-29" + "10:00" in Europe/Paris -> "2026-03-29T10:00:00+02:00"; null when the date or time is
// not a real one (a skipped hour of a DST change is moved forward by luxon, as calendars do).
export function toInstant(date: string, time: string, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null
  const local = DateTime.fromISO(`${date}T${time}`, { zone })
  return local.isValid ? local.toISO({ suppressMilliseconds: true }) : null
}

export function addMinutes(iso: string, minutes: number): string {
  return DateTime.fromISO(iso, { setZone: true }).plus({ minutes }).toISO({ suppressMilliseconds: true }) ?? iso
}

export function minutesBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'minutes').minutes)
}
