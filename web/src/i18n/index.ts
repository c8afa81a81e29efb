export type { MessageKey } from './fr'
export { LOCALES, applyLocaleToDocument, getLocale, hasMessage, translate, type Locale, type MessageVars } from './locale'
export { useI18n } from './useI18n'
export { LanguageSwitch } from './LanguageSwitch'
