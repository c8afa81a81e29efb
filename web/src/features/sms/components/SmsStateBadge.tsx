import { useI18n, type MessageKey } from '../../../i18n'
import { Badge } from '../../../ui'
import type { SmsState } from '../types/sms'

const LABELS: Record<SmsState, MessageKey> = {
  queued: 'sms.state.queued',
  deferred: 'sms.state.deferred',
  sending: 'sms.state.sending',
  sent: 'sms.state.sent',
  delivered: 'sms.state.delivered',
  failed: 'sms.state.failed',
  received: 'sms.state.received',
}

const TONES: Record<SmsState, 'positive' | 'neutral' | 'negative'> = {
  queued: 'neutral',
  deferred: 'neutral',
  sending: 'neutral',
  sent: 'positive',
  delivered: 'positive',
  failed: 'negative',
  received: 'neutral',
}

export function isSmsState(value: unknown): value is SmsState {
  return typeof value === 'string' && value in LABELS
}

// An SMS's delivery state, as the timeline shows it.
export function SmsStateBadge({ state }: { state: SmsState }) {
  const { t } = useI18n()
  return <Badge tone={TONES[state]}>{t(LABELS[state])}</Badge>
}
