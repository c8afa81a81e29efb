import { useState, type FormEvent } from 'react'
import { useI18n } from '../../i18n'
import {
  Alert,
  Button,
  Dialog,
  DialogFooter,
  ErrorSummary,
  Field,
  OneTimeSecret,
  SelectField,
} from '../../ui'
import { ROLE_LABEL_KEYS, ROLES } from '../auth/roles'
import type { Role } from '../auth/types'
import { useInviteUser, type InvitationResult } from './useUsers'

interface InviteUserDialogProps {
  open: boolean
  onClose: () => void
}

const FIELD_IDS = { name: 'invite-name', email: 'invite-email', role: 'invite-role' } as const

export function InviteUserDialog({ open, onClose }: InviteUserDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog open={open} onClose={onClose} title={t('users.invite')}>
      <InviteUserForm onClose={onClose} />
    </Dialog>
  )
}

function InviteUserForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n()
  const invite = useInviteUser()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<Role>('agent')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [result, setResult] = useState<InvitationResult | null>(null)

  if (result) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{t('users.invited', { name: result.user.name })}</Alert>
        <OneTimeSecret
          label={t('users.temporaryPassword')}
          value={result.temporary_password}
          notice={t('users.temporaryPasswordOnce')}
        />
        <DialogFooter>
          <Button onClick={onClose}>{t('common.done')}</Button>
        </DialogFooter>
      </div>
    )
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const errors: Record<string, string> = {}
    if (!name.trim()) errors.name = t('users.nameRequired')
    if (!email.trim()) errors.email = t('users.emailRequired')
    setFieldErrors(errors)
    if (Object.keys(errors).length > 0) return
    invite.mutate(
      { name: name.trim(), email: email.trim(), role },
      { onSuccess: setResult, onError: (error) => setFieldErrors(error.fields) },
    )
  }

  const summary = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[])
    .filter((field) => fieldErrors[field])
    .map((field) => ({ fieldId: FIELD_IDS[field], message: fieldErrors[field] }))

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      <p className="text-sm text-slate-700">{t('users.inviteIntro')}</p>
      {summary.length > 0 ? (
        <ErrorSummary title={t('errors.summaryTitle')} errors={summary} />
      ) : invite.isError ? (
        <Alert tone="error">{invite.error.message}</Alert>
      ) : null}
      <Field
        id={FIELD_IDS.name}
        label={t('users.name')}
        autoComplete="off"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldErrors.name}
      />
      <Field
        id={FIELD_IDS.email}
        label={t('users.email')}
        type="email"
        autoComplete="off"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldErrors.email}
      />
      <SelectField
        id={FIELD_IDS.role}
        label={t('users.role')}
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        error={fieldErrors.role}
        options={ROLES.map((option) => ({ value: option, label: t(ROLE_LABEL_KEYS[option]) }))}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={invite.isPending}>
          {t('users.inviteSubmit')}
        </Button>
      </DialogFooter>
    </form>
  )
}
