import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, SelectField } from '../../../ui'
import { permissions } from '../../auth/roles'
import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../../properties/hooks/useAgents'
import { useUpdateLead } from '../hooks/useLeads'
import { LEAD_PRIORITIES, LEAD_STATUSES, type Lead, type LeadPriority, type LeadStatus } from '../types/lead'
import { leadStatusLabel, priorityLabel } from '../utils/labels'

// An ISO instant as a datetime-local value in the browser's zone, and back.
function toLocalInput(iso: string | null): string {
  if (!iso) return ''
  const date = new Date(iso)
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000)
  return shifted.toISOString().slice(0, 16)
}

function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null
}

// Status, assignee, priority and next action of a lead, saved together.
export function LeadFollowUp({ lead }: { lead: Lead }) {
  const { t } = useI18n()
  const user = useCurrentUser()
  const canAssign = permissions.manageAllProperties(user.role)
  const { agents } = useAgents(canAssign)
  const update = useUpdateLead()
  const [status, setStatus] = useState<LeadStatus>(lead.status)
  const [lostReason, setLostReason] = useState(lead.lost_reason ?? '')
  const [assignedTo, setAssignedTo] = useState(lead.assigned_to === null ? '' : String(lead.assigned_to))
  const [priority, setPriority] = useState<LeadPriority>(lead.priority)
  const [nextAction, setNextAction] = useState(toLocalInput(lead.next_action_at))
  const [missingReason, setMissingReason] = useState(false)
  const [saved, setSaved] = useState(false)
  const fields = update.error?.fields ?? {}

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const reasonMissing = status === 'lost' && !lostReason.trim()
    setMissingReason(reasonMissing)
    setSaved(false)
    if (reasonMissing) {
      document.getElementById('lead-lost_reason')?.focus()
      return
    }
    const change: Partial<Lead> = { priority, next_action_at: fromLocalInput(nextAction) }
    if (status !== lead.status) change.status = status
    if (status === 'lost') change.lost_reason = lostReason.trim()
    if (canAssign && assignedTo !== String(lead.assigned_to ?? '')) change.assigned_to = assignedTo ? Number(assignedTo) : null
    update.mutate({ id: lead.id, change }, { onSuccess: () => setSaved(true) })
  }

  const assigneeOptions = [
    { value: '', label: t('lead.unassigned') },
    ...agents.map((agent) => ({ value: String(agent.id), label: agent.name })),
  ]
  if (lead.assigned_to !== null && !agents.some((agent) => agent.id === lead.assigned_to)) {
    assigneeOptions.push({ value: String(lead.assigned_to), label: lead.assigned_name ?? String(lead.assigned_to) })
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      {saved ? <Alert tone="success">{t('lead.detail.saved')}</Alert> : null}
      {update.isError && Object.keys(fields).length === 0 ? <Alert tone="error">{update.error.message}</Alert> : null}
      <SelectField
        id="lead-status"
        label={t('lead.field.status')}
        value={status}
        error={fields.status}
        onChange={(event) => setStatus(event.target.value as LeadStatus)}
        options={LEAD_STATUSES.map((value) => ({ value, label: t(leadStatusLabel(value)) }))}
      />
      {status === 'lost' ? (
        <Field
          id="lead-lost_reason"
          label={t('lead.field.lost_reason')}
          maxLength={200}
          value={lostReason}
          error={missingReason ? t('lead.lost.required') : fields.lost_reason}
          onChange={(event) => setLostReason(event.target.value)}
        />
      ) : null}
      {canAssign ? (
        <SelectField
          id="lead-assigned_to"
          label={t('lead.field.assigned_to')}
          value={assignedTo}
          error={fields.assigned_to}
          onChange={(event) => setAssignedTo(event.target.value)}
          options={assigneeOptions}
        />
      ) : (
        <div>
          <p className="text-sm text-slate-600">{t('lead.field.assigned_to')}</p>
          <p className="font-medium text-slate-900">{lead.assigned_name ?? t('lead.unassigned')}</p>
        </div>
      )}
      <SelectField
        id="lead-priority"
        label={t('lead.field.priority')}
        value={priority}
        error={fields.priority}
        onChange={(event) => setPriority(event.target.value as LeadPriority)}
        options={LEAD_PRIORITIES.map((value) => ({ value, label: t(priorityLabel(value)) }))}
      />
      <Field
        id="lead-next_action_at"
        type="datetime-local"
        label={t('lead.field.next_action_at')}
        value={nextAction}
        error={fields.next_action_at}
        onChange={(event) => setNextAction(event.target.value)}
      />
      <Button type="submit" disabled={update.isPending}>
        {t('lead.detail.save')}
      </Button>
    </form>
  )
}
