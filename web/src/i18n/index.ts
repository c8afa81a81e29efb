export type { MessageKey } from './fr'
export { LOCALES, applyLocaleToDocument, getLocale, translate, type Locale } from './locale'
export { useI18n } from './useI18n'
export { LanguageSwitch } from './LanguageSwitch'
