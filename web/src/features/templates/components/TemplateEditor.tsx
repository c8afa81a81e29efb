import { useRef, useState, type FormEvent, type SyntheticEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, SelectField, TextareaField } from '../../../ui'
import { useDraftPreview, usePreviewChoices, useUpdateTemplate } from '../hooks/useTemplates'
import type { MessageTemplate, PreviewRecords } from '../types/templates'
import { TemplatePreview } from './TemplatePreview'
import { VariableList } from './VariableList'

type Target = 'subject' | 'body'

// One template's name, subject and body, the variables to insert, and the live preview of the unsaved text.
export function TemplateEditor({ template }: { template: MessageTemplate }) {
  const { t } = useI18n()
  const update = useUpdateTemplate()
  const choices = usePreviewChoices()
  const isEmail = template.channel === 'email'
  const [name, setName] = useState(template.name)
  const [subject, setSubject] = useState(template.subject ?? '')
  const [body, setBody] = useState(template.body)
  const [records, setRecords] = useState<PreviewRecords>({})
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  const target = useRef<Target>('body')
  const cursor = useRef<Record<Target, number>>({ subject: subject.length, body: body.length })
  const { preview, error: previewError } = useDraftPreview({ channel: template.channel, subject, body, records })

  // A problem of the draft (unknown variable, unclosed section) shows at its field while typing.
  const draftErrors = previewError?.fields ?? {}
  const errorOf = (field: string) => saveErrors[field] ?? draftErrors[field]

  const handleCursor = (field: Target) => (event: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    target.current = field
    cursor.current[field] = event.currentTarget.selectionStart ?? event.currentTarget.value.length
  }

  const handleInsert = (tag: string) => {
    const field = isEmail ? target.current : 'body'
    const [value, setValue] = field === 'subject' ? [subject, setSubject] : [body, setBody]
    const at = Math.min(cursor.current[field], value.length)
    setValue(value.slice(0, at) + tag + value.slice(at))
    cursor.current[field] = at + tag.length
    setSaved(false)
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    update.mutate(
      { template, change: isEmail ? { name, subject, body } : { name, body } },
      {
        onSuccess: () => {
          setSaveErrors({})
          setSaved(true)
        },
        onError: (cause) => setSaveErrors(cause.fields),
      },
    )
  }

  const leadOptions = [
    { value: '', label: t('templates.preview.none') },
    ...(choices.leads.data?.items ?? []).map((lead) => ({
      value: String(lead.id),
      label: `${[lead.contact.first_name, lead.contact.last_name].filter(Boolean).join(' ')} (#${lead.id})`,
    })),
  ]
  const propertyOptions = [
    { value: '', label: t('templates.preview.none') },
    ...(choices.properties.data?.items ?? []).map((property) => ({
      value: String(property.id),
      label: `${property.reference} – ${property.title}`,
    })),
  ]
  const chooseRecord = (key: keyof PreviewRecords) => (value: string) =>
    setRecords((current) => ({ ...current, [key]: value ? Number(value) : undefined }))

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_18rem]">
      <div className="space-y-6">
        <form
          onSubmit={handleSubmit}
          noValidate
          aria-labelledby="template-editor-heading"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <h2 id="template-editor-heading" className="text-lg font-semibold text-slate-900">
            {t('templates.editing', { name: template.name })}
          </h2>
          <Field
            label={t('templates.field.name')}
            value={name}
            maxLength={120}
            error={saveErrors.name}
            onChange={(event) => setName(event.target.value)}
          />
          {isEmail ? (
            <Field
              label={t('templates.field.subject')}
              value={subject}
              error={errorOf('subject')}
              onChange={(event) => {
                setSubject(event.target.value)
                setSaveErrors({})
                handleCursor('subject')(event)
              }}
              onSelect={handleCursor('subject')}
              onFocus={handleCursor('subject')}
            />
          ) : null}
          <TextareaField
            label={t(isEmail ? 'templates.field.bodyHtml' : 'templates.field.bodySms')}
            hint={t(isEmail ? 'templates.field.bodyHtmlHint' : 'templates.field.bodySmsHint')}
            value={body}
            rows={isEmail ? 16 : 5}
            className="font-mono"
            error={errorOf('body')}
            onChange={(event) => {
              setBody(event.target.value)
              setSaveErrors({})
              handleCursor('body')(event)
            }}
            onSelect={handleCursor('body')}
            onFocus={handleCursor('body')}
          />
          {saved ? <Alert tone="success">{t('templates.saved')}</Alert> : null}
          {update.isError && Object.keys(update.error.fields).length === 0 ? (
            <Alert tone="error">{update.error.message}</Alert>
          ) : null}
          <Button type="submit" disabled={update.isPending}>
            {t('templates.save')}
          </Button>
        </form>
        <section
          aria-labelledby="template-preview-heading"
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <h2 id="template-preview-heading" className="text-lg font-semibold text-slate-900">
            {t('templates.preview.title')}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label={t('templates.preview.lead')}
              options={leadOptions}
              value={records.lead_id ? String(records.lead_id) : ''}
              onChange={(event) => chooseRecord('lead_id')(event.target.value)}
            />
            <SelectField
              label={t('templates.preview.property')}
              options={propertyOptions}
              value={records.property_id ? String(records.property_id) : ''}
              onChange={(event) => chooseRecord('property_id')(event.target.value)}
            />
          </div>
          <TemplatePreview channel={template.channel} preview={preview} failed={previewError !== null} />
        </section>
      </div>
      <VariableList onInsert={handleInsert} />
    </div>
  )
}
