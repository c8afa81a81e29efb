import { useI18n } from '../../../i18n'
import { CheckboxField, ChoiceGroup } from '../../../ui'
import type { VisitPerson } from './visit'

interface CoAgentsFieldProps {
  // The first checkbox carries it, so the error summary's link focuses the group.
  id: string
  agents: VisitPerson[]
  chosen: number[]
  error?: string
  onChange: (ids: number[]) => void
}

// The agents who join the one in charge: one checkbox each, in a fieldset its legend names.
export function CoAgentsField({ id, agents, chosen, error, onChange }: CoAgentsFieldProps) {
  const { t } = useI18n()
  const handleToggle = (agentId: number, checked: boolean) =>
    onChange(checked ? [...chosen, agentId] : chosen.filter((other) => other !== agentId))
  return (
    <ChoiceGroup id={id} legend={t('calendar.field.coAgents')} hint={t('calendar.form.coAgentsHint')} error={error}>
      <div className="grid gap-2 sm:grid-cols-3">
        {agents.map((agent, index) => (
          <CheckboxField
            key={agent.id}
            id={index === 0 ? id : `${id}-${agent.id}`}
            label={agent.name}
            checked={chosen.includes(agent.id)}
            onChange={(event) => handleToggle(agent.id, event.target.checked)}
          />
        ))}
      </div>
    </ChoiceGroup>
  )
}
