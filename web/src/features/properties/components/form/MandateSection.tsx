import { useI18n } from '../../../../i18n'
import { Field, SelectField } from '../../../../ui'
import type { User } from '../../../auth/types'
import { MANDATE_TYPES } from '../../types/property'
import { mandateTypeLabel } from '../../utils/labels'
import { inputProps, type FormBinding } from './formBinding'
import { FormSection } from './FormSection'

interface MandateSectionProps {
  form: FormBinding
  // null: this person may not choose the agent (the server assigns them).
  agents: User[] | null
  currentAgentName: string | null
}

export function MandateSection({ form, agents, currentAgentName }: MandateSectionProps) {
  const { t } = useI18n()
  const agentOptions = agents ? agents.map((agent) => ({ value: String(agent.id), label: agent.name })) : []
  // An agent since deactivated still shows as the current choice.
  if (form.values.agent_id && agents && !agents.some((agent) => String(agent.id) === form.values.agent_id)) {
    agentOptions.push({ value: form.values.agent_id, label: currentAgentName ?? `#${form.values.agent_id}` })
  }
  return (
    <FormSection id="section-mandate" title={t('property.form.mandate')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          {...inputProps(form, 'mandate_type')}
          label={t('property.field.mandate_type')}
          options={[
            { value: '', label: t('property.form.noMandate') },
            ...MANDATE_TYPES.map((value) => ({ value, label: t(mandateTypeLabel(value)) })),
          ]}
        />
        <Field {...inputProps(form, 'mandate_number')} label={t('property.field.mandate_number')} autoComplete="off" />
        <Field {...inputProps(form, 'mandate_start')} type="date" label={t('property.field.mandate_start')} />
        <Field {...inputProps(form, 'mandate_end')} type="date" label={t('property.field.mandate_end')} />
      </div>
      <p className="text-sm text-slate-700">{t('owners.formHint')}</p>
      {agents ? (
        <SelectField
          {...inputProps(form, 'agent_id')}
          label={t('property.field.agent_id')}
          containerClassName="sm:w-1/2"
          options={[{ value: '', label: t('property.form.noAgent') }, ...agentOptions]}
        />
      ) : null}
    </FormSection>
  )
}
