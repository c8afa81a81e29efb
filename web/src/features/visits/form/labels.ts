import type { MessageKey } from '../../../i18n'
import type { VisitKind, VisitStatus } from './visit'

export const KIND_LABEL_KEYS: Record<VisitKind, MessageKey> = {
  visit: 'calendar.kind.visit',
  estimation: 'calendar.kind.estimation',
  signing: 'calendar.kind.signing',
  inventory: 'calendar.kind.inventory',
  other: 'calendar.kind.other',
}

export const STATUS_LABEL_KEYS: Record<VisitStatus, MessageKey> = {
  planned: 'calendar.status.planned',
  confirmed: 'calendar.status.confirmed',
  done: 'calendar.status.done',
  cancelled: 'calendar.status.cancelled',
  no_show: 'calendar.status.no_show',
}

// "1 h 30", "45 min": how long an appointment lasts, the French way.
export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest}\u00a0min`
  return rest === 0 ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${String(rest).padStart(2, '0')}`
}
