import { useI18n } from '../../../i18n'
import type { VisitPerson } from '../../visits/form/visit'
import { agentColour, initials } from '../utils/agentColours'

// Which colour and initials stand for whom in the calendar.
export function AgentLegend({ agents }: { agents: VisitPerson[] }) {
  const { t } = useI18n()
  if (agents.length === 0) return null
  return (
    <section aria-labelledby="calendar-legend" className="mt-4">
      <h2 id="calendar-legend" className="text-sm font-medium text-slate-800">
        {t('calendar.legend')}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        {agents.map((agent) => (
          <li key={agent.id} className="flex items-center gap-2 text-sm text-slate-800">
            <span
              aria-hidden="true"
              className="inline-flex h-6 min-w-6 items-center justify-center rounded px-1 text-xs font-semibold text-white"
              style={{ backgroundColor: agentColour(agent.id) }}
            >
              {initials(agent.name)}
            </span>
            <span>
              {agent.name} <span className="sr-only">({initials(agent.name)})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
