import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../../i18n'
import { Alert, Button, Field } from '../../../../ui'
import { useCreateOwnerContact } from '../../hooks/useOwners'
import type { OwnerContact } from '../../types/owner'

interface NewOwnerFormProps {
  onCreated: (contact: OwnerContact) => void
  // The server found a contact with this email or phone: search it instead of creating a twin.
  onDuplicate: (searchText: string) => void
  onCancel: () => void
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function NewOwnerForm({ onCreated, onDuplicate, onCancel }: NewOwnerFormProps) {
  const { t } = useI18n()
  const create = useCreateOwnerContact()
  const [values, setValues] = useState({ first_name: '', last_name: '', phone: '', email: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [duplicate, setDuplicate] = useState<string | null>(null)

  const bind = (name: keyof typeof values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [name]: event.target.value })),
  })

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!values.last_name.trim()) found.last_name = t('owners.error.lastName')
    if (values.email.trim() && !EMAIL.test(values.email.trim())) found.email = t('owners.error.email')
    if (!values.email.trim() && !values.phone.trim()) found.phone = t('owners.error.reach')
    setErrors(found)
    setDuplicate(null)
    if (Object.keys(found).length > 0) return
    create.mutate(
      {
        first_name: values.first_name.trim(),
        last_name: values.last_name.trim(),
        ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
        ...(values.email.trim() ? { email: values.email.trim() } : {}),
        roles: ['vendeur'],
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (error.status === 409) {
            setDuplicate(error.message)
            onDuplicate(values.email.trim() || values.phone.trim())
          } else {
            setErrors(error.fields)
          }
        },
      },
    )
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-3 rounded-md border border-slate-200 p-3" aria-labelledby="new-owner-heading">
      <h3 id="new-owner-heading" className="font-semibold text-slate-900">
        {t('owners.newTitle')}
      </h3>
      {duplicate ? (
        <Alert tone="warning" title={t('owners.duplicateTitle')}>
          {duplicate}
        </Alert>
      ) : null}
      {create.isError && create.error.status !== 409 && Object.keys(create.error.fields).length === 0 ? (
        <Alert tone="error">{create.error.message}</Alert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('owners.field.firstName')} autoComplete="off" {...bind('first_name')} />
        <Field label={t('owners.field.lastName')} autoComplete="off" required {...bind('last_name')} />
        <Field type="tel" label={t('owners.field.phone')} autoComplete="off" {...bind('phone')} />
        <Field type="email" label={t('owners.field.email')} autoComplete="off" {...bind('email')} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={create.isPending}>
          {t('owners.createAndAdd')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
