import { useCallback, useSyncExternalStore } from 'react'
import type { MessageKey } from './fr'
import {
  formatDateTime,
  getLocale,
  setLocale,
  subscribeToLocale,
  translate,
  type MessageVars,
} from './locale'

export function useI18n() {
  const locale = useSyncExternalStore(subscribeToLocale, getLocale)
  const t = useCallback(
    (key: MessageKey, vars?: MessageVars) => translate(key, vars, locale),
    [locale],
  )
  const formatDate = useCallback((iso: string) => formatDateTime(iso, locale), [locale])
  return { locale, setLocale, t, formatDate }
}
