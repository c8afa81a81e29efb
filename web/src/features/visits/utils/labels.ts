import type { MessageKey } from '../../../i18n'
import type { PriceOpinion, VisitKind, VisitStatus } from '../types/visit'

export const VISIT_STATUS_LABEL: Record<VisitStatus, MessageKey> = {
  planned: 'visits.status.planned',
  confirmed: 'visits.status.confirmed',
  done: 'visits.status.done',
  cancelled: 'visits.status.cancelled',
  no_show: 'visits.status.no_show',
}

export const VISIT_KIND_LABEL: Record<VisitKind, MessageKey> = {
  visit: 'visits.kind.visit',
  estimation: 'visits.kind.estimation',
  signing: 'visits.kind.signing',
  inventory: 'visits.kind.inventory',
  other: 'visits.kind.other',
}

export const PRICE_OPINIONS: PriceOpinion[] = ['too_high', 'high', 'fair', 'low']

export const PRICE_OPINION_LABEL: Record<PriceOpinion, MessageKey> = {
  too_high: 'visits.price.too_high',
  high: 'visits.price.high',
  fair: 'visits.price.fair',
  low: 'visits.price.low',
}

export const INTEREST_LEVELS = [1, 2, 3, 4, 5] as const

export const INTEREST_LABEL: Record<number, MessageKey> = {
  1: 'visits.interest.1',
  2: 'visits.interest.2',
  3: 'visits.interest.3',
  4: 'visits.interest.4',
  5: 'visits.interest.5',
}
