import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Button, Dialog, DialogFooter, ErrorSummary, Field, SelectField, TextareaField } from '../../../ui'
import { findPropertyByReference, useCreateLead } from '../hooks/useLeads'
import { useSourceLabels } from '../hooks/useSourceLabels'
import type { QuickLeadInput } from '../types/lead'

export interface LeadNotice {
  notice?: 'created' | 'createdReused'
}

const FIELDS = ['first_name', 'last_name', 'phone', 'email', 'source', 'property_reference', 'message'] as const
type QuickField = (typeof FIELDS)[number]
type Values = Record<QuickField, string>

const EMPTY: Values = {
  first_name: '',
  last_name: '',
  phone: '',
  email: '',
  source: 'phone',
  property_reference: '',
  message: '',
}

// The server names a contact's fields "contact.phone" (or just "phone").
function fieldOf(key: string): QuickField | null {
  if (key === 'property_id') return 'property_reference'
  const name = key.replace(/^contact[.[]/, '').replace(/\]$/, '')
  return (FIELDS as readonly string[]).includes(name) ? (name as QuickField) : null
}

// A caller on the line: name, phone, what they want. The phone comes first and is focused on opening;
// the source is already "téléphone". Everything else can wait for the lead's page.
export function QuickLeadDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const create = useCreateLead()
  const sources = useSourceLabels()
  const [values, setValues] = useState<Values>(EMPTY)
  const [clientError, setClientError] = useState<{ field: QuickField; message: string } | null>(null)
  const [resolving, setResolving] = useState(false)

  const set = (field: QuickField, value: string) => setValues((current) => ({ ...current, [field]: value }))

  const serverErrors = new Map<QuickField, string>()
  for (const [key, message] of Object.entries(create.error?.fields ?? {})) {
    const field = fieldOf(key)
    if (field) serverErrors.set(field, message)
  }
  const errorOf = (field: QuickField) => (clientError?.field === field ? clientError.message : serverErrors.get(field))

  const refuse = (field: QuickField, message: string) => {
    setClientError({ field, message })
    document.getElementById(`quick-${field}`)?.focus()
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!values.phone.trim() && !values.email.trim()) return refuse('phone', t('lead.quick.reachRequired'))
    setClientError(null)
    create.reset()
    let propertyId: number | undefined
    const reference = values.property_reference.trim()
    if (reference) {
      setResolving(true)
      try {
        propertyId = (await findPropertyByReference(reference))?.id
      } catch (error) {
        setResolving(false)
        return refuse('property_reference', error instanceof Error ? error.message : String(error))
      }
      setResolving(false)
      if (propertyId === undefined) return refuse('property_reference', t('lead.quick.unknownReference', { reference }))
    }
    const orNull = (text: string) => text.trim() || null
    const input: QuickLeadInput = {
      contact: {
        first_name: orNull(values.first_name),
        last_name: orNull(values.last_name),
        phone: orNull(values.phone),
        email: orNull(values.email),
      },
      source: values.source,
      message: orNull(values.message),
    }
    if (propertyId !== undefined) input.property_id = propertyId
    create.mutate(input, {
      onSuccess: (lead) => {
        setValues(EMPTY)
        navigate(`/leads/${lead.id}`, {
          state: { notice: lead.contact_reused ? 'createdReused' : 'created' } satisfies LeadNotice,
        })
      },
    })
  }

  const handleClose = () => {
    create.reset()
    setClientError(null)
    onClose()
  }

  const summary = FIELDS.flatMap((field) => {
    const message = errorOf(field)
    return message ? [{ fieldId: `quick-${field}`, message }] : []
  })

  return (
    <Dialog open={open} onClose={handleClose} title={t('lead.quick.title')} description={t('lead.quick.description')}>
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="space-y-4">
        <ErrorSummary title={t('contact.form.errorsTitle')} errors={summary} />
        {create.isError && summary.length === 0 ? <Alert tone="error">{create.error.message}</Alert> : null}
        <Field
          id="quick-phone"
          type="tel"
          data-autofocus
          autoComplete="off"
          label={t('contact.field.phone')}
          value={values.phone}
          error={errorOf('phone')}
          onChange={(event) => set('phone', event.target.value)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="quick-first_name"
            autoComplete="off"
            label={t('contact.field.first_name')}
            value={values.first_name}
            error={errorOf('first_name')}
            onChange={(event) => set('first_name', event.target.value)}
          />
          <Field
            id="quick-last_name"
            autoComplete="off"
            label={t('contact.field.last_name')}
            value={values.last_name}
            error={errorOf('last_name')}
            onChange={(event) => set('last_name', event.target.value)}
          />
        </div>
        <Field
          id="quick-email"
          type="email"
          autoComplete="off"
          label={t('contact.field.email')}
          value={values.email}
          error={errorOf('email')}
          onChange={(event) => set('email', event.target.value)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="quick-source"
            label={t('lead.field.source')}
            value={values.source}
            error={errorOf('source')}
            onChange={(event) => set('source', event.target.value)}
            options={
              sources.active.length > 0
                ? sources.active.map((source) => ({ value: source.code, label: source.label }))
                : [{ value: 'phone', label: t('lead.quick.phoneSource') }]
            }
          />
          <Field
            id="quick-property_reference"
            autoComplete="off"
            label={t('lead.quick.propertyReference')}
            value={values.property_reference}
            error={errorOf('property_reference')}
            onChange={(event) => set('property_reference', event.target.value)}
          />
        </div>
        <TextareaField
          id="quick-message"
          label={t('lead.quick.note')}
          className="min-h-20"
          value={values.message}
          error={errorOf('message')}
          onChange={(event) => set('message', event.target.value)}
        />
        <DialogFooter>
          <Button variant="secondary" onClick={handleClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={create.isPending || resolving}>
            {t('lead.quick.submit')}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  )
}
