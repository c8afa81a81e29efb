import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, TextareaField } from '../../../ui'
import { RadioOptions } from '../../properties/components/form/RadioOptions'
import { useLogInteraction } from '../hooks/useLeads'
import type { Direction } from '../types/lead'

interface InteractionFormProps {
  leadId: number
  type: 'call' | 'note'
  onDone: () => void
}

// "Journaliser un appel" and "Ajouter une note": a summary (and a direction for a call), then save.
export function InteractionForm({ leadId, type, onDone }: InteractionFormProps) {
  const { t } = useI18n()
  const log = useLogInteraction(leadId)
  const [direction, setDirection] = useState<Direction>('in')
  const [summary, setSummary] = useState('')
  const [body, setBody] = useState('')
  const [missing, setMissing] = useState(false)
  const prefix = `interaction-${type}`

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const text = summary.trim()
    setMissing(text === '')
    if (!text) {
      document.getElementById(`${prefix}-summary`)?.focus()
      return
    }
    log.mutate(
      { type, summary: text, ...(type === 'call' ? { direction } : {}), ...(body.trim() ? { body: body.trim() } : {}) },
      { onSuccess: onDone },
    )
  }

  const summaryError = missing ? t('interaction.summaryRequired') : log.error?.fields.summary
  return (
    <form
      noValidate
      onSubmit={handleSubmit}
      aria-label={t(type === 'call' ? 'interaction.logCall' : 'interaction.addNote')}
      className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4"
    >
      {log.isError && !log.error.fields.summary ? <Alert tone="error">{log.error.message}</Alert> : null}
      {type === 'call' ? (
        <RadioOptions
          id={`${prefix}-direction`}
          legend={t('interaction.direction')}
          value={direction}
          error={log.error?.fields.direction}
          onChange={setDirection}
          options={[
            { value: 'in', label: t('interaction.callIn') },
            { value: 'out', label: t('interaction.callOut') },
          ]}
        />
      ) : null}
      <Field
        id={`${prefix}-summary`}
        label={t('interaction.summary')}
        autoFocus
        maxLength={300}
        value={summary}
        error={summaryError}
        onChange={(event) => setSummary(event.target.value)}
      />
      <TextareaField
        id={`${prefix}-body`}
        label={t('interaction.body')}
        className="min-h-20"
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={log.isPending}>
          {t('interaction.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
