import { useI18n } from '../../../i18n'
import { AgentAvailability, AgentAvailabilityPicker } from './AgentAvailability'
import { CalendarFeedPanel } from './CalendarFeedPanel'
import { VisitSettingsPanel } from './VisitSettingsForm'

// Paramètres › Visites (admins), and the team page's visits part (managers).
export function VisitSettingsPage() {
  const { t } = useI18n()
  return (
    <div className="space-y-6">
      <VisitSettingsPanel />
      <section aria-labelledby="agents-availability" className="space-y-4">
        <h2 id="agents-availability" className="text-lg font-semibold text-slate-900">
          {t('visitSettings.agentsAvailability')}
        </h2>
        <AgentAvailabilityPicker />
      </section>
    </div>
  )
}

// The profile page's part: one's own hours and leave, and one's private calendar address.
export function ProfileVisitSections({ userId }: { userId: number }) {
  const { t } = useI18n()
  return (
    <div className="mt-6 grid items-start gap-6 lg:grid-cols-2">
      <AgentAvailability agentId={userId} title={t('visitSettings.myAvailability')} />
      <CalendarFeedPanel />
    </div>
  )
}
