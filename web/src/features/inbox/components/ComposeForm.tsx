import { useState, type FormEvent } from 'react'
import { isApiError } from '../../../api'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, SelectField, TextareaField } from '../../../ui'
import type { PropertyChoice } from '../../visits/form/useVisitPickers'
import { useEmailTemplates, useSendEmail, useTemplatePreview } from '../hooks/useConversations'
import { htmlToText, replySubject, textToHtml } from '../utils/emailText'
import { PropertySheetsField } from './PropertySheetsField'

interface ComposeFormProps {
  contactId: number
  leadId?: number
  replyTo?: { id: number; subject: string }
  onSent: () => void
  onCancel?: () => void
}

interface FormErrors {
  subject?: string
  body?: string
}

export function ComposeForm({ contactId, leadId, replyTo, onSent, onCancel }: ComposeFormProps) {
  const { t } = useI18n()
  const send = useSendEmail()
  const templates = useEmailTemplates()
  const preview = useTemplatePreview()
  const [templateId, setTemplateId] = useState('')
  const [subject, setSubject] = useState(replyTo ? replySubject(replyTo.subject) : '')
  const [body, setBody] = useState('')
  const [sheets, setSheets] = useState<PropertyChoice[]>([])
  const [errors, setErrors] = useState<FormErrors>({})

  const handleTemplate = (value: string) => {
    setTemplateId(value)
    if (!value) return
    preview.mutate(
      { templateId: Number(value), contact_id: contactId, ...(leadId ? { lead_id: leadId } : {}) },
      {
        onSuccess: (rendered) => {
          if (!replyTo) setSubject(rendered.subject)
          setBody(htmlToText(rendered.body_html))
        },
      },
    )
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: FormErrors = {}
    if (!subject.trim()) found.subject = t('inbox.error.subject')
    if (!body.trim()) found.body = t('inbox.error.body')
    setErrors(found)
    if (Object.keys(found).length > 0) return
    send.mutate(
      {
        contact_id: contactId,
        ...(leadId ? { lead_id: leadId } : {}),
        subject: subject.trim(),
        body_html: textToHtml(body.trim()),
        ...(replyTo ? { in_reply_to_email_id: replyTo.id } : {}),
        ...(sheets.length > 0 ? { property_sheet_ids: sheets.map((sheet) => sheet.id) } : {}),
      },
      { onSuccess: onSent },
    )
  }

  const serverFields = send.isError && isApiError(send.error) ? send.error.fields : {}
  const templateOptions = [
    { value: '', label: t('inbox.template.none') },
    ...(templates.data?.items ?? []).map((template) => ({ value: String(template.id), label: template.name })),
  ]

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4" aria-label={t(replyTo ? 'inbox.reply' : 'inbox.compose')}>
      {templates.isSuccess && templates.data.items.length > 0 ? (
        <SelectField
          label={t('inbox.template')}
          hint={t('inbox.template.hint')}
          value={templateId}
          options={templateOptions}
          onChange={(event) => handleTemplate(event.target.value)}
        />
      ) : null}
      {preview.isError ? <Alert tone="error">{preview.error.message}</Alert> : null}
      <Field
        label={t('inbox.subject')}
        value={subject}
        maxLength={300}
        onChange={(event) => setSubject(event.target.value)}
        error={errors.subject ?? serverFields.subject}
        required
      />
      <TextareaField
        label={t('inbox.body')}
        value={body}
        rows={8}
        onChange={(event) => setBody(event.target.value)}
        error={errors.body ?? serverFields.body_html}
        required
      />
      <PropertySheetsField sheets={sheets} onChange={setSheets} error={serverFields.property_sheet_ids} />
      {send.isError && Object.keys(serverFields).length === 0 ? <Alert tone="error">{send.error.message}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={send.isPending}>
          {send.isPending ? t('inbox.sending') : t('inbox.send')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('inbox.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  )
}
