import { useState, type FormEvent } from 'react'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Button, CheckboxField, ChoiceGroup, TextareaField } from '../../../ui'
import { useAgents } from '../../properties/hooks/useAgents'
import { useLeadSources, useUpdateLeadSettings } from '../hooks/useLeadSettings'
import type { AssignmentBy, AssignmentMode, AssignmentRule, LeadSettings } from '../types/leadSettings'
import { AssignmentRulesEditor } from './AssignmentRulesEditor'

const MODES: { value: AssignmentMode; labelKey: MessageKey }[] = [
  { value: 'manual', labelKey: 'leadSettings.assignment.manual' },
  { value: 'round_robin', labelKey: 'leadSettings.assignment.roundRobin' },
]

const BY: { value: AssignmentBy; labelKey: MessageKey }[] = [
  { value: 'none', labelKey: 'leadSettings.assignment.byNone' },
  { value: 'source', labelKey: 'leadSettings.assignment.bySource' },
  { value: 'city', labelKey: 'leadSettings.assignment.byCity' },
]

const ORIGIN = /^https?:\/\/[^/\s]+$/

// Visibility, assignment and allowed sites: one form, saved together.
export function LeadRulesForm({ settings }: { settings: LeadSettings }) {
  const { t } = useI18n()
  const update = useUpdateLeadSettings()
  const sources = useLeadSources()
  const { agents } = useAgents(true)
  const [ownOnly, setOwnOnly] = useState(settings.agents_see_own_leads_only)
  const [mode, setMode] = useState(settings.assignment_mode)
  const [by, setBy] = useState(settings.assignment_by)
  const [rules, setRules] = useState<AssignmentRule[]>(settings.rules ?? [])
  const [origins, setOrigins] = useState((settings.allowed_origins ?? []).join('\n'))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)

  // A city's name shows its error beside the field; what concerns a whole rule is listed under them.
  const ruleErrors = Object.entries(errors).filter(([field]) => field.startsWith('rules') && !field.endsWith('.match'))

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const originList = origins
      .split(/\s+/)
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean)
    const found: Record<string, string> = {}
    const wrong = originList.find((origin) => !ORIGIN.test(origin))
    if (wrong) found.allowed_origins = t('leadSettings.origins.invalid', { origin: wrong })
    rules.forEach((rule, index) => {
      if (by === 'city' && !rule.match.trim()) found[`rules[${index}].match`] = t('leadSettings.assignment.cityRequired')
    })
    setErrors(found)
    if (Object.keys(found).length > 0) return
    update.mutate(
      {
        agents_see_own_leads_only: ownOnly,
        assignment_mode: mode,
        assignment_by: mode === 'round_robin' ? by : 'none',
        rules: mode === 'round_robin' && by !== 'none' ? rules.map((rule) => ({ ...rule, match: rule.match.trim() })) : [],
        allowed_origins: originList,
      },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => setErrors(error.fields),
      },
    )
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-6" aria-labelledby="lead-rules-heading">
      <section className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="lead-rules-heading" className="text-lg font-semibold text-slate-900">
          {t('leadSettings.rules.title')}
        </h2>
        <CheckboxField
          label={t('leadSettings.ownOnly')}
          hint={t('leadSettings.ownOnlyHint')}
          checked={ownOnly}
          onChange={(event) => setOwnOnly(event.target.checked)}
          error={errors.agents_see_own_leads_only}
        />
        <RadioChoices
          name="assignment_mode"
          legend={t('leadSettings.assignment.mode')}
          options={MODES}
          value={mode}
          error={errors.assignment_mode}
          onChange={setMode}
        />
        {mode === 'round_robin' ? (
          <RadioChoices
            name="assignment_by"
            legend={t('leadSettings.assignment.by')}
            options={BY}
            value={by}
            error={errors.assignment_by}
            onChange={setBy}
          />
        ) : null}
        {mode === 'round_robin' && by !== 'none' ? (
          <AssignmentRulesEditor
            by={by}
            rules={rules}
            sources={sources.data?.items ?? []}
            agents={agents}
            errors={errors}
            onChange={setRules}
          />
        ) : null}
        {ruleErrors.length > 0 ? (
          <Alert tone="error">
            {ruleErrors.map(([field, message]) => (
              <p key={field}>{message}</p>
            ))}
          </Alert>
        ) : null}
        <TextareaField
          label={t('leadSettings.origins.label')}
          hint={t('leadSettings.origins.hint')}
          value={origins}
          onChange={(event) => setOrigins(event.target.value)}
          error={errors.allowed_origins}
          rows={3}
          spellCheck={false}
        />
        {update.isError && Object.keys(update.error.fields).length === 0 ? (
          <Alert tone="error">{update.error.message}</Alert>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={update.isPending}>
            {t('leadSettings.save')}
          </Button>
          <p role="status" className="text-sm text-green-800">
            {saved ? t('leadSettings.saved') : ''}
          </p>
        </div>
      </section>
    </form>
  )
}

interface RadioChoicesProps<T extends string> {
  name: string
  legend: string
  options: { value: T; labelKey: MessageKey }[]
  value: T
  error?: string
  onChange: (value: T) => void
}

function RadioChoices<T extends string>({ name, legend, options, value, error, onChange }: RadioChoicesProps<T>) {
  const { t } = useI18n()
  return (
    <ChoiceGroup id={`${name}-${options[0].value}`} legend={legend} error={error}>
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
          <input
            id={`${name}-${option.value}`}
            type="radio"
            name={name}
            className="h-4 w-4 accent-accent-700"
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {t(option.labelKey)}
        </label>
      ))}
    </ChoiceGroup>
  )
}
