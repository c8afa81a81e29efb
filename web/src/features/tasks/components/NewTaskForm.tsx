import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, SelectField } from '../../../ui'
import { useCreateTask } from '../hooks/useTasks'
import { leadName, useMyOpenLeads } from '../hooks/useMyOpenLeads'

interface FormErrors {
  title?: string
  due_at?: string
  lead_id?: string
}

function tomorrowMorning(): string {
  const date = new Date()
  date.setDate(date.getDate() + 1)
  date.setHours(9, 0, 0, 0)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T09:00`
}

export function NewTaskForm({ onCreated }: { onCreated: (title: string) => void }) {
  const { t } = useI18n()
  const create = useCreateTask()
  const { leads } = useMyOpenLeads()
  const [title, setTitle] = useState('')
  const [dueAt, setDueAt] = useState(tomorrowMorning)
  const [leadId, setLeadId] = useState('')
  const [errors, setErrors] = useState<FormErrors>({})

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: FormErrors = {}
    if (!title.trim()) found.title = t('tasks.error.title')
    const due = new Date(dueAt)
    if (!dueAt || Number.isNaN(due.getTime())) found.due_at = t('tasks.error.dueAt')
    setErrors(found)
    if (Object.keys(found).length > 0) return
    create.mutate(
      { title: title.trim(), due_at: due.toISOString(), ...(leadId ? { lead_id: Number(leadId) } : {}) },
      {
        onSuccess: () => {
          onCreated(title.trim())
          setTitle('')
          setLeadId('')
        },
        onError: (error) => setErrors(error.fields as FormErrors),
      },
    )
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4" aria-labelledby="new-task-heading">
      <h2 id="new-task-heading" className="text-lg font-semibold text-slate-900">
        {t('tasks.new')}
      </h2>
      {create.isError && Object.keys(create.error.fields).length === 0 ? (
        <Alert tone="error">{create.error.message}</Alert>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        <Field
          label={t('tasks.field.title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
          maxLength={200}
          required
        />
        <Field
          type="datetime-local"
          label={t('tasks.field.dueAt')}
          value={dueAt}
          onChange={(event) => setDueAt(event.target.value)}
          error={errors.due_at}
          required
        />
        <SelectField
          label={t('tasks.field.lead')}
          value={leadId}
          onChange={(event) => setLeadId(event.target.value)}
          error={errors.lead_id}
          options={[
            { value: '', label: t('tasks.field.noLead') },
            ...leads.map((lead) => ({ value: String(lead.id), label: leadName(lead) })),
          ]}
        />
      </div>
      <Button type="submit" disabled={create.isPending}>
        {t('tasks.create')}
      </Button>
    </form>
  )
}
