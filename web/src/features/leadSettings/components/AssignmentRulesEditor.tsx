import { useI18n } from '../../../i18n'
import { Button, ChoiceGroup, Field } from '../../../ui'
import type { User } from '../../auth/types'
import type { AssignmentBy, AssignmentRule, LeadSource } from '../types/leadSettings'

interface AssignmentRulesEditorProps {
  by: Exclude<AssignmentBy, 'none'>
  rules: AssignmentRule[]
  sources: LeadSource[]
  agents: User[]
  errors: Record<string, string>
  onChange: (rules: AssignmentRule[]) => void
}

// One pool of agents per source, or per city typed by the admin.
export function AssignmentRulesEditor({ by, rules, sources, agents, errors, onChange }: AssignmentRulesEditorProps) {
  const { t } = useI18n()
  const keys = by === 'source' ? sources.filter((source) => source.active).map((source) => source.code) : rules.map((rule) => rule.match)
  const ruleFor = (key: string) => rules.find((rule) => rule.match === key) ?? { match: key, agent_ids: [] }
  const sourceLabel = (code: string) => sources.find((source) => source.code === code)?.label ?? code

  const replace = (index: number, next: AssignmentRule) => {
    if (by === 'source') {
      onChange([...rules.filter((rule) => rule.match !== next.match), next].filter((rule) => rule.agent_ids.length > 0))
    } else {
      onChange(rules.map((rule, position) => (position === index ? next : rule)))
    }
  }

  const toggleAgent = (index: number, rule: AssignmentRule, agentId: number, checked: boolean) =>
    replace(index, {
      ...rule,
      agent_ids: checked ? [...rule.agent_ids, agentId] : rule.agent_ids.filter((id) => id !== agentId),
    })

  return (
    <div className="space-y-4">
      {keys.map((key, index) => {
        const rule = ruleFor(key)
        const groupId = `rule-${by}-${index}`
        const name = by === 'source' ? sourceLabel(key) : key || t('leadSettings.assignment.newCity')
        return (
          <div key={by === 'source' ? key : index} className="rounded-md border border-slate-200 p-3">
            {by === 'city' ? (
              <div className="mb-3 flex items-end gap-2">
                <Field
                  label={t('leadSettings.assignment.city')}
                  value={rule.match}
                  onChange={(event) => replace(index, { ...rule, match: event.target.value })}
                  error={errors[`rules[${index}].match`]}
                  containerClassName="min-w-0 flex-1"
                />
                <Button variant="secondary" onClick={() => onChange(rules.filter((_, position) => position !== index))}>
                  {t('leadSettings.assignment.removeCity')}
                </Button>
              </div>
            ) : null}
            <ChoiceGroup id={groupId} legend={t('leadSettings.assignment.poolFor', { name })}>
              <div className="flex flex-wrap gap-x-5 gap-y-2">
                {agents.map((agent, agentIndex) => (
                  <label key={agent.id} className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      id={agentIndex === 0 ? groupId : undefined}
                      type="checkbox"
                      className="h-4 w-4 accent-accent-700"
                      checked={rule.agent_ids.includes(agent.id)}
                      onChange={(event) => toggleAgent(index, rule, agent.id, event.target.checked)}
                    />
                    {agent.name}
                  </label>
                ))}
              </div>
            </ChoiceGroup>
          </div>
        )
      })}
      {by === 'city' ? (
        <Button variant="secondary" onClick={() => onChange([...rules, { match: '', agent_ids: [] }])}>
          {t('leadSettings.assignment.addCity')}
        </Button>
      ) : null}
      <p className="text-sm text-slate-700">{t('leadSettings.assignment.fallback')}</p>
    </div>
  )
}
