import type { MessageKey, MessageVars } from '../../../i18n'

type Translate = (key: MessageKey, vars?: MessageVars) => string

// 1440 -> "24 h", 90 -> "1 h 30", 45 -> "45 min".
export function offsetLabel(minutes: number, t: Translate): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return t('visits.offset.minutes', { minutes: rest })
  if (rest === 0) return t('visits.offset.hours', { hours })
  return t('visits.offset.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') })
}
