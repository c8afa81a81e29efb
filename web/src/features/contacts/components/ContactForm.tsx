import { useState, type FormEvent, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { ApiError } from '../../../api'
import { useI18n, type MessageKey } from '../../../i18n'
import {
  Alert,
  Button,
  CheckboxField,
  ChoiceGroup,
  ErrorSummary,
  Field,
  SelectField,
  TextareaField,
  buttonVariants,
} from '../../../ui'
import type { User } from '../../auth/types'
import { CIVILITIES, CONTACT_LANGUAGES, CONTACT_ROLES, type ContactRole } from '../types/contact'
import type { ContactFormValues } from '../utils/formValues'
import { roleLabel } from '../utils/labels'

interface ContactFormProps {
  initialValues: ContactFormValues
  submitLabel: string
  cancelTo: string
  withConsents: boolean
  agents: User[] | null
  pending: boolean
  serverError: ApiError | null
  onSubmit: (values: ContactFormValues) => void
}

type ListField = 'emails' | 'phones'

// The server's field names, in page order, each with the id of the control that fixes it.
const FIELD_IDS: [string, string][] = [
  ['civility', 'contact-civility'],
  ['first_name', 'contact-first_name'],
  ['last_name', 'contact-last_name'],
  ['email', 'contact-emails-0'],
  ['emails', 'contact-emails-0'],
  ['phone', 'contact-phones-0'],
  ['phones', 'contact-phones-0'],
  ['street', 'contact-street'],
  ['postal_code', 'contact-postal_code'],
  ['city', 'contact-city'],
  ['preferred_language', 'contact-preferred_language'],
  ['roles', 'contact-roles-acquereur'],
  ['notes', 'contact-notes'],
  ['agent_id', 'contact-agent_id'],
  ['consent_source', 'contact-consent_source'],
  ['consent_wording', 'contact-consent_wording'],
]

// "emails[1]" or "emails.1" names the second email.
function fieldOfError(key: string): { field: string; index: number | null } {
  const match = /^(\w+)(?:\[(\d+)\]|\.(\d+))?/.exec(key)
  if (!match) return { field: key, index: null }
  const index = match[2] ?? match[3]
  return { field: match[1], index: index === undefined ? null : Number(index) }
}

function controlId(key: string): string {
  const { field, index } = fieldOfError(key)
  if ((field === 'emails' || field === 'phones') && index !== null) return `contact-${field}-${index}`
  return FIELD_IDS.find(([name]) => name === field)?.[1] ?? 'contact-first_name'
}

export function ContactForm({
  initialValues,
  submitLabel,
  cancelTo,
  withConsents,
  agents,
  pending,
  serverError,
  onSubmit,
}: ContactFormProps) {
  const { t } = useI18n()
  const [values, setValues] = useState(initialValues)
  const errors = new Map<string, string>()
  for (const [key, message] of Object.entries(serverError?.fields ?? {})) errors.set(controlId(key), message)
  const errorOf = (id: string) => errors.get(id)

  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }))

  const setListItem = (field: ListField, index: number, value: string) =>
    setValues((current) => ({ ...current, [field]: current[field].map((item, i) => (i === index ? value : item)) }))

  const toggleRole = (role: ContactRole, on: boolean) =>
    set('roles', on ? [...values.roles, role] : values.roles.filter((item) => item !== role))

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(values)
  }

  const summary = [...errors.entries()].map(([fieldId, message]) => ({ fieldId, message }))
  const hasConsent = values.consent_email || values.consent_sms

  return (
    <form noValidate onSubmit={handleSubmit} className="max-w-3xl space-y-6">
      <ErrorSummary title={t('contact.form.errorsTitle')} errors={summary} />
      {serverError && summary.length === 0 ? <Alert tone="error">{serverError.message}</Alert> : null}

      <FormSection title={t('contact.form.identity')}>
        <div className="grid gap-4 sm:grid-cols-[8rem_1fr_1fr]">
          <SelectField
            id="contact-civility"
            label={t('contact.field.civility')}
            value={values.civility}
            error={errorOf('contact-civility')}
            onChange={(event) => set('civility', event.target.value)}
            options={[{ value: '', label: '—' }, ...CIVILITIES.map((civility) => ({ value: civility, label: civility }))]}
          />
          <Field
            id="contact-first_name"
            label={t('contact.field.first_name')}
            autoComplete="off"
            value={values.first_name}
            error={errorOf('contact-first_name')}
            onChange={(event) => set('first_name', event.target.value)}
          />
          <Field
            id="contact-last_name"
            label={t('contact.field.last_name')}
            autoComplete="off"
            value={values.last_name}
            error={errorOf('contact-last_name')}
            onChange={(event) => set('last_name', event.target.value)}
          />
        </div>
        <ChoiceGroup id="contact-roles-acquereur" legend={t('contact.field.roles')} error={errorOf('contact-roles-acquereur')}>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {CONTACT_ROLES.map((role) => (
              <CheckboxField
                key={role}
                id={`contact-roles-${role}`}
                label={t(roleLabel(role))}
                checked={values.roles.includes(role)}
                onChange={(event) => toggleRole(role, event.target.checked)}
              />
            ))}
          </div>
        </ChoiceGroup>
      </FormSection>

      <FormSection title={t('contact.form.channels')}>
        <ChannelList
          field="emails"
          type="email"
          labelKey="contact.field.email"
          addKey="contact.form.addEmail"
          items={values.emails}
          errorOf={errorOf}
          onChange={(index, value) => setListItem('emails', index, value)}
          onAdd={() => set('emails', [...values.emails, ''])}
          onRemove={(index) => set('emails', values.emails.filter((_, i) => i !== index))}
        />
        <ChannelList
          field="phones"
          type="tel"
          labelKey="contact.field.phone"
          addKey="contact.form.addPhone"
          items={values.phones}
          errorOf={errorOf}
          onChange={(index, value) => setListItem('phones', index, value)}
          onAdd={() => set('phones', [...values.phones, ''])}
          onRemove={(index) => set('phones', values.phones.filter((_, i) => i !== index))}
        />
      </FormSection>

      <FormSection title={t('contact.form.address')}>
        <Field
          id="contact-street"
          label={t('contact.field.street')}
          value={values.street}
          error={errorOf('contact-street')}
          onChange={(event) => set('street', event.target.value)}
        />
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <Field
            id="contact-postal_code"
            label={t('contact.field.postal_code')}
            inputMode="numeric"
            value={values.postal_code}
            error={errorOf('contact-postal_code')}
            onChange={(event) => set('postal_code', event.target.value)}
          />
          <Field
            id="contact-city"
            label={t('contact.field.city')}
            value={values.city}
            error={errorOf('contact-city')}
            onChange={(event) => set('city', event.target.value)}
          />
        </div>
      </FormSection>

      <FormSection title={t('contact.form.follow')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="contact-preferred_language"
            label={t('contact.field.preferred_language')}
            value={values.preferred_language}
            error={errorOf('contact-preferred_language')}
            onChange={(event) => set('preferred_language', event.target.value)}
            options={CONTACT_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          />
          {agents ? (
            <SelectField
              id="contact-agent_id"
              label={t('contact.field.agent_id')}
              value={values.agent_id}
              error={errorOf('contact-agent_id')}
              onChange={(event) => set('agent_id', event.target.value)}
              options={[
                { value: '', label: t('contact.form.noAgent') },
                ...agents.map((agent) => ({ value: String(agent.id), label: agent.name })),
              ]}
            />
          ) : null}
        </div>
        <TextareaField
          id="contact-notes"
          label={t('contact.field.notes')}
          value={values.notes}
          error={errorOf('contact-notes')}
          onChange={(event) => set('notes', event.target.value)}
        />
      </FormSection>

      {withConsents ? (
        <FormSection title={t('contact.form.consents')}>
          <p className="text-sm text-slate-700">{t('contact.form.consentsHint')}</p>
          <CheckboxField
            id="contact-consent_email"
            label={t('contact.consent.email')}
            checked={values.consent_email}
            onChange={(event) => set('consent_email', event.target.checked)}
          />
          <CheckboxField
            id="contact-consent_sms"
            label={t('contact.consent.sms')}
            checked={values.consent_sms}
            onChange={(event) => set('consent_sms', event.target.checked)}
          />
          {hasConsent ? (
            <>
              <Field
                id="contact-consent_source"
                label={t('contact.consent.source')}
                hint={t('contact.consent.sourceHint')}
                value={values.consent_source}
                error={errorOf('contact-consent_source')}
                onChange={(event) => set('consent_source', event.target.value)}
              />
              <TextareaField
                id="contact-consent_wording"
                label={t('contact.consent.wording')}
                hint={t('contact.consent.wordingHint')}
                value={values.consent_wording}
                error={errorOf('contact-consent_wording')}
                onChange={(event) => set('consent_wording', event.target.value)}
              />
            </>
          ) : null}
        </FormSection>
      ) : null}

      <div className="flex flex-col-reverse gap-3 sm:flex-row">
        <Link to={cancelTo} className={buttonVariants({ variant: 'secondary' })}>
          {t('common.cancel')}
        </Link>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <legend className="px-1 text-lg font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  )
}

interface ChannelListProps {
  field: ListField
  type: 'email' | 'tel'
  labelKey: MessageKey
  addKey: MessageKey
  items: string[]
  errorOf: (id: string) => string | undefined
  onChange: (index: number, value: string) => void
  onAdd: () => void
  onRemove: (index: number) => void
}

// The first item is the primary address; more can be added and removed.
function ChannelList({ field, type, labelKey, addKey, items, errorOf, onChange, onAdd, onRemove }: ChannelListProps) {
  const { t } = useI18n()
  return (
    <div className="space-y-3">
      {items.map((item, index) => {
        const id = `contact-${field}-${index}`
        const label = index === 0 ? t(labelKey) : t('contact.form.other', { label: t(labelKey), number: index + 1 })
        return (
          <div key={index} className="flex items-end gap-2">
            <Field
              id={id}
              type={type}
              label={label}
              autoComplete="off"
              value={item}
              error={errorOf(id)}
              onChange={(event) => onChange(index, event.target.value)}
              containerClassName="flex-1"
            />
            {index > 0 ? (
              <Button variant="secondary" onClick={() => onRemove(index)} aria-label={t('contact.form.remove', { label })}>
                {t('contact.form.removeButton')}
              </Button>
            ) : null}
          </div>
        )
      })}
      <Button variant="secondary" size="sm" onClick={onAdd}>
        {t(addKey)}
      </Button>
    </div>
  )
}
