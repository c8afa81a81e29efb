import { hasMessage, type MessageKey } from '../../../i18n'
import type {
  ChargesMethod,
  DpeStatus,
  Feature,
  FeesPayer,
  MandateType,
  PropertyStatus,
  PropertyType,
  Transaction,
} from '../types/property'

// The catalogue keys for the API's codes; the compiler checks that each code has its message.
export const transactionLabel = (value: Transaction): MessageKey => `property.transaction.${value}`
export const typeLabel = (value: PropertyType): MessageKey => `property.type.${value}`
export const statusLabel = (value: PropertyStatus): MessageKey => `property.status.${value}`
export const featureLabel = (value: Feature): MessageKey => `property.feature.${value}`
export const feesPayerLabel = (value: FeesPayer): MessageKey => `property.feesPaidBy.${value}`
export const chargesMethodLabel = (value: ChargesMethod): MessageKey => `property.chargesMethod.${value}`
export const mandateTypeLabel = (value: MandateType): MessageKey => `property.mandateType.${value}`
export const dpeStatusLabel = (value: DpeStatus): MessageKey => `property.dpeStatus.${value}`

// A field's name as a person reads it (form labels, history); unknown fields keep the API name.
export function fieldLabel(field: string): MessageKey | null {
  const key = `property.field.${field}`
  return hasMessage(key) ? key : null
}

export function publishCheckLabel(code: string): MessageKey | null {
  const key = `property.publish.missing.${code}`
  return hasMessage(key) ? key : null
}

export const STATUS_TONES: Record<PropertyStatus, 'positive' | 'neutral' | 'negative'> = {
  draft: 'neutral',
  available: 'positive',
  under_offer: 'neutral',
  under_contract: 'neutral',
  sold: 'negative',
  rented: 'negative',
  withdrawn: 'negative',
}
