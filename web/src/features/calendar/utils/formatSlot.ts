import { DateTime } from 'luxon'
import type { Locale } from '../../../i18n'
import type { Visit } from '../../visits/form/visit'

// "mardi 3 mars 2026, 14:30 – 15:15" in the agency's zone.
export function formatSlot(visit: Pick<Visit, 'starts_at' | 'ends_at' | 'time_zone'>, locale: Locale): string {
  const intl = locale === 'fr' ? 'fr-FR' : 'en-GB'
  const start = DateTime.fromISO(visit.starts_at, { zone: visit.time_zone }).setLocale(intl)
  const end = DateTime.fromISO(visit.ends_at, { zone: visit.time_zone }).setLocale(intl)
  const day = start.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
  return `${day}, ${start.toLocaleString(time)} – ${end.toLocaleString(time)}`
}
