import { useI18n, type MessageKey } from '../../../i18n'
import { Badge } from '../../../ui'

const STATES: Record<string, { labelKey: MessageKey; tone: 'positive' | 'neutral' | 'negative' }> = {
  queued: { labelKey: 'timeline.emailState.queued', tone: 'neutral' },
  sending: { labelKey: 'timeline.emailState.sending', tone: 'neutral' },
  sent: { labelKey: 'timeline.emailState.sent', tone: 'positive' },
  failed: { labelKey: 'timeline.emailState.failed', tone: 'negative' },
}

// An outgoing email's delivery state on the timeline (interaction meta {email_id, state, server_answer}).
export function EmailDeliveryState({ meta }: { meta: Record<string, unknown> | null }) {
  const { t } = useI18n()
  const state = typeof meta?.state === 'string' ? STATES[meta.state] : undefined
  if (!state) return null
  const answer = typeof meta?.server_answer === 'string' ? meta.server_answer : null
  return (
    <div className="mt-2 space-y-1 text-sm">
      <Badge tone={state.tone}>{t(state.labelKey)}</Badge>
      {answer ? <p className="break-words text-red-900">{t('timeline.emailState.serverAnswer', { answer })}</p> : null}
    </div>
  )
}
