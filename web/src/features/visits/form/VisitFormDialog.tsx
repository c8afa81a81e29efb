import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Dialog, DialogFooter, ErrorSummary, Field, SelectField, TextareaField } from '../../../ui'
import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../../properties/hooks/useAgents'
import { durationLabel, KIND_LABEL_KEYS, STATUS_LABEL_KEYS } from './labels'
import { CoAgentsField } from './CoAgentsField'
import { canOverrideConflicts } from './permissions'
import { SearchPicker } from './SearchPicker'
import { conflictsOf, useCreateVisit, useUpdateVisit } from './useVisitMutations'
import { useContactOptions, usePropertyOptions, type PropertyChoice } from './useVisitPickers'
import { VISIT_KINDS, VISIT_STATUSES, coAgentsOf, type Visit, type VisitInput, type VisitPerson, type VisitPrefill } from './visit'
import { DEFAULT_TIME_ZONE, addMinutes, minutesBetween, toInstant, toLocalSlot } from './visitTime'

const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240]
const FORM_FIELDS = ['kind', 'property', 'contacts', 'agent', 'coAgents', 'date', 'time', 'duration', 'status', 'place', 'notes'] as const
type FormField = (typeof FORM_FIELDS)[number]

interface Values {
  kind: Visit['kind']
  property: PropertyChoice | null
  contacts: VisitPerson[]
  agent_id: string
  co_agent_ids: number[]
  date: string
  time: string
  duration: string
  status: Visit['status']
  place: string
  notes: string
}

// The API's field names -> the form's fields ("contact_ids[0]" is the contacts picker); without the
// co-agents field, their errors go to the agent's.
function formFieldOf(key: string, withCoAgents: boolean): FormField | null {
  if (key === 'property_id') return 'property'
  if (key.startsWith('contact_ids') || key === 'lead_id') return 'contacts'
  if (key.startsWith('agent_ids')) return withCoAgents ? 'coAgents' : 'agent'
  if (key === 'agent_id') return 'agent'
  if (key === 'starts_at') return 'date'
  if (key === 'ends_at') return 'duration'
  return (FORM_FIELDS as readonly string[]).includes(key) ? (key as FormField) : null
}

function initialValues(visit: Visit | undefined, prefill: VisitPrefill | undefined, zone: string, userId: number): Values {
  if (visit) {
    const slot = toLocalSlot(visit.starts_at, zone)
    return {
      kind: visit.kind,
      property: visit.property,
      contacts: visit.contacts,
      agent_id: String(visit.agent_id),
      co_agent_ids: coAgentsOf(visit).map((agent) => agent.id),
      date: slot.date,
      time: slot.time,
      duration: String(minutesBetween(visit.starts_at, visit.ends_at)),
      status: visit.status,
      place: visit.place ?? '',
      notes: visit.notes ?? '',
    }
  }
  const start = prefill?.starts_at ? toLocalSlot(prefill.starts_at, zone) : { date: '', time: '' }
  const duration = prefill?.starts_at && prefill.ends_at ? minutesBetween(prefill.starts_at, prefill.ends_at) : 60
  return {
    kind: 'visit',
    property: prefill?.property ?? null,
    contacts: prefill?.contacts ?? [],
    agent_id: String(userId),
    co_agent_ids: [],
    date: start.date,
    time: start.time,
    duration: String(duration > 0 ? duration : 60),
    status: 'planned',
    place: prefill?.property?.place ?? '',
    notes: '',
  }
}

interface VisitFormDialogProps {
  open: boolean
  onClose: () => void
  onSaved: (visit: Visit) => void
  // Given: the form changes this visit (PATCH); else it books a new one (POST).
  visit?: Visit
  prefill?: VisitPrefill
  timeZone?: string
}

// Booking or changing an appointment. Keyboard users move a visit here (date and time fields) rather
// than by dragging it in the calendar.
export function VisitFormDialog({ open, onClose, ...props }: VisitFormDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t(props.visit ? 'calendar.form.editTitle' : 'calendar.form.newTitle')}
      description={t('calendar.form.description')}
      className="max-w-2xl"
    >
      {open ? <VisitForm onClose={onClose} {...props} /> : null}
    </Dialog>
  )
}

function VisitForm({ onClose, onSaved, visit, prefill, timeZone }: Omit<VisitFormDialogProps, 'open'>) {
  const { t } = useI18n()
  const user = useCurrentUser()
  const zone = visit?.time_zone ?? timeZone ?? DEFAULT_TIME_ZONE
  const chooseAgent = canOverrideConflicts(user)
  const agents = useAgents(chooseAgent)
  const create = useCreateVisit()
  const update = useUpdateVisit()
  const mutation = visit ? update : create
  const [values, setValues] = useState<Values>(() => initialValues(visit, prefill, zone, user.id))
  const [clientErrors, setClientErrors] = useState<Partial<Record<FormField, string>>>({})
  // Whoever may not choose the agents (an agent: GET /users is refused) gets no co-agents field and sends
  // none: a change keeps the visit's.
  const coAgentChoices = agents.agents.filter((agent) => String(agent.id) !== values.agent_id)
  const withCoAgents = agents.isSuccess && coAgentChoices.length > 0

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }))

  const serverErrors: Partial<Record<FormField, string>> = {}
  const otherErrors: string[] = []
  for (const [key, message] of Object.entries(mutation.error?.fields ?? {})) {
    const field = formFieldOf(key, withCoAgents)
    if (field && !serverErrors[field]) serverErrors[field] = message
    else if (!field) otherErrors.push(message)
  }
  const errors = { ...serverErrors, ...clientErrors }
  const conflicts = conflictsOf(mutation.error)

  const buildInput = (): VisitInput | null => {
    const found: Partial<Record<FormField, string>> = {}
    if (!values.date) found.date = t('calendar.form.dateRequired')
    if (!values.time) found.time = t('calendar.form.timeRequired')
    const startsAt = values.date && values.time ? toInstant(values.date, values.time, zone) : null
    if (values.date && values.time && !startsAt) found.date = t('calendar.form.dateInvalid')
    setClientErrors(found)
    if (!startsAt || Object.keys(found).length > 0) {
      const first = FORM_FIELDS.find((field) => found[field])
      if (first) document.getElementById(`visit-${first}`)?.focus()
      return null
    }
    const input: VisitInput = {
      kind: values.kind,
      property_id: values.property?.id ?? null,
      contact_ids: values.contacts.map((contact) => contact.id),
      agent_id: Number(values.agent_id),
      starts_at: startsAt,
      ends_at: addMinutes(startsAt, Number(values.duration)),
      status: values.status,
      notes: values.notes.trim() || null,
    }
    // Left empty, the server puts the property's address.
    if (values.place.trim()) input.place = values.place.trim()
    else if (visit) input.place = null
    if (!visit && prefill?.lead_id) input.lead_id = prefill.lead_id
    if (withCoAgents) {
      input.agent_ids = values.co_agent_ids.filter((id) => coAgentChoices.some((agent) => agent.id === id))
    }
    return input
  }

  const send = (overrideConflicts: boolean) => {
    const input = buildInput()
    if (!input) return
    mutation.reset()
    const body = overrideConflicts ? { ...input, override_conflicts: true } : input
    const options = { onSuccess: (saved: Visit) => onSaved(saved) }
    if (visit) update.mutate({ id: visit.id, change: body }, options)
    else create.mutate(body, options)
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    send(false)
  }

  const summary = FORM_FIELDS.flatMap((field) => (errors[field] ? [{ fieldId: `visit-${field}`, message: errors[field] }] : []))
  const durations = DURATIONS.includes(Number(values.duration)) ? DURATIONS : [...DURATIONS, Number(values.duration)].sort((a, b) => a - b)
  const agentOptions = chooseAgent
    ? (agents.agents.length > 0 ? agents.agents : [user]).map((agent) => ({ value: String(agent.id), label: agent.name }))
    : [{ value: String(user.id), label: user.name }]
  if (visit && !agentOptions.some((option) => option.value === String(visit.agent_id))) {
    agentOptions.push({ value: String(visit.agent_id), label: visit.agent.name })
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      <ErrorSummary title={t('calendar.form.errorsTitle')} errors={summary} />
      {conflicts ? (
        <Alert tone="error" title={mutation.error?.message}>
          {canOverrideConflicts(user) ? (
            <div className="mt-2 space-y-2">
              <p>{t('calendar.conflict.overrideHint')}</p>
              <Button variant="danger" size="sm" disabled={mutation.isPending} onClick={() => send(true)}>
                {t('calendar.conflict.override')}
              </Button>
            </div>
          ) : (
            <p>{t('calendar.conflict.chooseAnother')}</p>
          )}
        </Alert>
      ) : mutation.isError && summary.length === 0 ? (
        <Alert tone="error">{[mutation.error.message, ...otherErrors].join(' ')}</Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="visit-kind"
          data-autofocus
          label={t('calendar.field.kind')}
          value={values.kind}
          error={errors.kind}
          onChange={(event) => set('kind', event.target.value as Visit['kind'])}
          options={VISIT_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABEL_KEYS[kind]) }))}
        />
        <SelectField
          id="visit-agent"
          label={t('calendar.field.agent')}
          value={values.agent_id}
          error={errors.agent}
          disabled={!chooseAgent}
          onChange={(event) => set('agent_id', event.target.value)}
          options={agentOptions}
        />
      </div>
      {withCoAgents ? (
        <CoAgentsField
          id="visit-coAgents"
          agents={coAgentChoices}
          chosen={values.co_agent_ids}
          error={errors.coAgents}
          onChange={(ids) => set('co_agent_ids', ids)}
        />
      ) : null}
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('calendar.field.property')}</legend>
        {values.property ? (
          <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2">
            <p className="min-w-0 text-sm font-medium break-words text-slate-900">
              {[values.property.reference, values.property.title, values.property.city].filter(Boolean).join(' · ')}
            </p>
            <Button size="sm" variant="secondary" onClick={() => set('property', null)}>
              {t('calendar.form.removeProperty')}
            </Button>
          </div>
        ) : null}
        <SearchPicker
          id="visit-property"
          label={t(values.property ? 'calendar.form.changeProperty' : 'calendar.form.searchProperty')}
          hint={t('calendar.form.searchPropertyHint')}
          error={errors.property}
          useResults={usePropertyOptions}
          pickLabel={(option) => t('calendar.form.pickNamed', { name: option.label })}
          onPick={(property) =>
            setValues((current) => ({ ...current, property, place: current.place || property.place || '' }))
          }
        />
      </fieldset>
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('calendar.field.contacts')}</legend>
        {values.contacts.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label={t('calendar.form.chosenContacts')}>
            {values.contacts.map((contact) => (
              <li key={contact.id} className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm text-slate-900">
                {contact.name}
                <button
                  type="button"
                  className="rounded-full px-2 text-slate-700 hover:bg-slate-200 hover:text-slate-900"
                  onClick={() => set('contacts', values.contacts.filter((other) => other.id !== contact.id))}
                >
                  <span aria-hidden="true">×</span>
                  <span className="sr-only">{t('calendar.form.removeContact', { name: contact.name })}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <SearchPicker
          id="visit-contacts"
          label={t('calendar.form.searchContact')}
          hint={t('calendar.form.searchContactHint')}
          error={errors.contacts}
          useResults={useContactOptions}
          pickLabel={(option) => t('calendar.form.addNamed', { name: option.label })}
          onPick={(person) =>
            setValues((current) =>
              current.contacts.some((contact) => contact.id === person.id)
                ? current
                : { ...current, contacts: [...current.contacts, person] },
            )
          }
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          id="visit-date"
          type="date"
          label={t('calendar.field.date')}
          value={values.date}
          error={errors.date}
          onChange={(event) => set('date', event.target.value)}
        />
        <Field
          id="visit-time"
          type="time"
          step={300}
          label={t('calendar.field.time')}
          value={values.time}
          error={errors.time}
          onChange={(event) => set('time', event.target.value)}
        />
        <SelectField
          id="visit-duration"
          label={t('calendar.field.duration')}
          value={values.duration}
          error={errors.duration}
          onChange={(event) => set('duration', event.target.value)}
          options={durations.map((minutes) => ({ value: String(minutes), label: durationLabel(minutes) }))}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="visit-status"
          label={t('calendar.field.status')}
          hint={t('calendar.form.statusHint')}
          value={values.status}
          error={errors.status}
          onChange={(event) => set('status', event.target.value as Visit['status'])}
          options={VISIT_STATUSES.filter((status) => status !== 'cancelled' || values.status === 'cancelled').map((status) => ({
            value: status,
            label: t(STATUS_LABEL_KEYS[status]),
          }))}
        />
        <Field
          id="visit-place"
          autoComplete="off"
          label={t('calendar.field.place')}
          hint={t('calendar.form.placeHint')}
          value={values.place}
          error={errors.place}
          onChange={(event) => set('place', event.target.value)}
        />
      </div>
      <TextareaField
        id="visit-notes"
        label={t('calendar.field.notes')}
        className="min-h-20"
        value={values.notes}
        error={errors.notes}
        onChange={(event) => set('notes', event.target.value)}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={mutation.isPending}>
          {t(visit ? 'calendar.form.save' : 'calendar.form.submit')}
        </Button>
      </DialogFooter>
    </form>
  )
}
