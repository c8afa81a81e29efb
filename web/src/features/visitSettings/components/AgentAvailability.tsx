import { useState } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Panel, SelectField, Spinner } from '../../../ui'
import { useAgents } from '../../properties/hooks/useAgents'
import { useAvailability } from '../hooks/useVisitSettings'
import { UnavailabilitiesEditor } from './UnavailabilitiesEditor'
import { WorkingHoursEditor } from './WorkingHoursEditor'

// One agent's working hours and unavailabilities (the profile page shows one's own).
export function AgentAvailability({ agentId, title }: { agentId: number; title: string }) {
  const { t } = useI18n()
  const availability = useAvailability(agentId)
  return (
    <Panel id={`availability-${agentId}`} title={title}>
      {availability.isPending ? (
        <Spinner />
      ) : availability.isError ? (
        <Alert tone="error">{availability.error.message}</Alert>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby={`hours-${agentId}`} className="space-y-2">
            <h3 id={`hours-${agentId}`} className="font-semibold text-slate-900">
              {t('visitSettings.hours')}
            </h3>
            <WorkingHoursEditor key={agentId} agentId={agentId} ranges={availability.data.working_hours} />
          </section>
          <section aria-labelledby={`unavailable-${agentId}`} className="space-y-2 border-t border-slate-200 pt-4">
            <h3 id={`unavailable-${agentId}`} className="font-semibold text-slate-900">
              {t('visitSettings.unavailabilities')}
            </h3>
            <UnavailabilitiesEditor
              agentId={agentId}
              timeZone={availability.data.time_zone}
              unavailabilities={availability.data.unavailabilities}
            />
          </section>
        </div>
      )}
    </Panel>
  )
}

// For managers and admins: pick an agent, then edit their availability.
export function AgentAvailabilityPicker() {
  const { t } = useI18n()
  const { agents, isPending } = useAgents(true)
  const [agentId, setAgentId] = useState<number | null>(null)
  const chosen = agentId ?? agents[0]?.id ?? null
  const name = agents.find((agent) => agent.id === chosen)?.name ?? ''
  return (
    <div className="space-y-4">
      {isPending ? (
        <Spinner />
      ) : (
        <SelectField
          id="availability-agent"
          label={t('visitSettings.agentPicker')}
          value={chosen === null ? '' : String(chosen)}
          onChange={(event) => setAgentId(Number(event.target.value))}
          options={agents.map((agent) => ({ value: String(agent.id), label: agent.name }))}
          containerClassName="max-w-sm"
        />
      )}
      {chosen !== null ? (
        <AgentAvailability key={chosen} agentId={chosen} title={t('visitSettings.availabilityOf', { name })} />
      ) : null}
    </div>
  )
}
