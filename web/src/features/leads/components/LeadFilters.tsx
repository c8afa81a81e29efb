import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Button, CheckboxField, ChoiceGroup, Field, SelectField } from '../../../ui'
import { permissions } from '../../auth/roles'
import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../../properties/hooks/useAgents'
import { useSourceLabels } from '../hooks/useSourceLabels'
import { LEAD_STATUSES } from '../types/lead'
import type { LeadFilters as Filters } from '../utils/filters'
import { leadStatusLabel } from '../utils/labels'

interface LeadFiltersProps {
  filters: Filters
  showStatus: boolean
  onApply: (filters: Filters) => void
}

// What is typed stays here until "Filtrer"; then it goes to the address bar, which the list reads.
export function LeadFilters({ filters, showStatus, onApply }: LeadFiltersProps) {
  const { t } = useI18n()
  const user = useCurrentUser()
  const canSeeAgents = permissions.manageAllProperties(user.role)
  const { agents } = useAgents(canSeeAgents)
  const sources = useSourceLabels()
  const [draft, setDraft] = useState<Filters>(filters)
  const filtersKey = JSON.stringify(filters)
  const [shownKey, setShownKey] = useState(filtersKey)
  if (filtersKey !== shownKey) {
    setShownKey(filtersKey)
    setDraft(filters)
  }
  const statuses = draft.status ? draft.status.split(',') : []

  const set = (key: keyof Filters, value: string) => setDraft((current) => ({ ...current, [key]: value || undefined }))
  const toggleStatus = (status: string, on: boolean) =>
    set('status', (on ? [...statuses, status] : statuses.filter((item) => item !== status)).join(','))

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    onApply(Object.fromEntries(Object.entries(draft).filter(([, value]) => value)))
  }

  return (
    <form
      role="search"
      aria-label={t('lead.filters.label')}
      onSubmit={handleSubmit}
      className="mb-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field
          id="lead-filter-q"
          type="search"
          label={t('lead.filters.q')}
          value={draft.q ?? ''}
          onChange={(event) => set('q', event.target.value)}
        />
        <SelectField
          id="lead-filter-source"
          label={t('lead.field.source')}
          value={draft.source ?? ''}
          onChange={(event) => set('source', event.target.value)}
          options={[
            { value: '', label: t('lead.filters.allSources') },
            ...(sources.data?.items ?? []).map((source) => ({ value: source.code, label: source.label })),
          ]}
        />
        <SelectField
          id="lead-filter-assigned"
          label={t('lead.field.assigned_to')}
          value={draft.assigned_to ?? ''}
          onChange={(event) => set('assigned_to', event.target.value)}
          options={[
            { value: '', label: t('lead.filters.allAgents') },
            { value: 'mine', label: t('lead.filters.mine') },
            ...agents.map((agent) => ({ value: String(agent.id), label: agent.name })),
          ]}
        />
        <div className="flex items-end pb-2">
          <CheckboxField
            id="lead-filter-overdue"
            label={t('lead.filters.overdue')}
            checked={draft.overdue === 'true'}
            onChange={(event) => set('overdue', event.target.checked ? 'true' : '')}
          />
        </div>
        <Field
          id="lead-filter-from"
          type="date"
          label={t('lead.filters.createdFrom')}
          value={draft.created_from ?? ''}
          onChange={(event) => set('created_from', event.target.value)}
        />
        <Field
          id="lead-filter-to"
          type="date"
          label={t('lead.filters.createdTo')}
          value={draft.created_to ?? ''}
          onChange={(event) => set('created_to', event.target.value)}
        />
      </div>
      {showStatus ? (
        <ChoiceGroup id="lead-filter-status-new" legend={t('lead.field.status')}>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {LEAD_STATUSES.map((status) => (
              <CheckboxField
                key={status}
                id={`lead-filter-status-${status}`}
                label={t(leadStatusLabel(status))}
                checked={statuses.includes(status)}
                onChange={(event) => toggleStatus(status, event.target.checked)}
              />
            ))}
          </div>
        </ChoiceGroup>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t('lead.filters.apply')}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            setDraft({})
            onApply({})
          }}
        >
          {t('lead.filters.reset')}
        </Button>
      </div>
    </form>
  )
}
