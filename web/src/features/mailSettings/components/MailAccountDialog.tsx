import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, CheckboxField, Dialog, DialogFooter, Field, SelectField } from '../../../ui'
import { useCreateMailAccount, useUpdateMailAccount } from '../hooks/useMailAccounts'
import type { MailAccount, MailAccountInput, MailAccountKind, MailSecurity } from '../types/mailAccount'

interface MailAccountDialogProps {
  open: boolean
  account: MailAccount | null // null: a new account
  onClose: () => void
  onSaved: (account: MailAccount) => void
}

export function MailAccountDialog({ open, account, onClose, onSaved }: MailAccountDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog open={open} onClose={onClose} title={account ? t('mailSettings.editTitle') : t('mailSettings.addTitle')}>
      <MailAccountForm key={account?.id ?? 'new'} account={account} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  )
}

const DEFAULT_PORTS: Record<MailAccountKind, Record<MailSecurity, number>> = {
  smtp: { none: 25, starttls: 587, tls: 465 },
  imap: { none: 143, starttls: 143, tls: 993 },
}

function initialInput(account: MailAccount | null): MailAccountInput {
  return {
    kind: account?.kind ?? 'smtp',
    host: account?.host ?? '',
    port: account?.port ?? 587,
    security: account?.security ?? 'starttls',
    username: account?.username ?? '',
    from_name: account?.from_name ?? '',
    from_email: account?.from_email ?? '',
    folder: account?.folder ?? 'INBOX',
    mark_seen: account?.mark_seen ?? false,
    delete_after_fetch: account?.delete_after_fetch ?? false,
    create_leads: account?.create_leads ?? false,
    enabled: account?.enabled ?? true,
  }
}

function MailAccountForm({ account, onClose, onSaved }: Omit<MailAccountDialogProps, 'open'>) {
  const { t } = useI18n()
  const create = useCreateMailAccount()
  const update = useUpdateMailAccount()
  const [input, setInput] = useState<MailAccountInput>(() => initialInput(account))
  const [password, setPassword] = useState('')
  const saving = account ? update : create
  const fields = saving.error?.fields ?? {}

  const set = <K extends keyof MailAccountInput>(name: K, value: MailAccountInput[K]) =>
    setInput((current) => ({ ...current, [name]: value }))

  const handleSecurity = (security: MailSecurity) =>
    setInput((current) => ({ ...current, security, port: DEFAULT_PORTS[current.kind][security] }))

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const body: MailAccountInput = {
      ...input,
      username: input.username?.trim() || null,
      from_name: input.from_name?.trim() || null,
      from_email: input.from_email?.trim() || null,
      ...(password ? { password } : {}),
    }
    if (account) {
      update.mutate({ id: account.id, input: body }, { onSuccess: onSaved })
    } else {
      create.mutate(body, { onSuccess: onSaved })
    }
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4" aria-label={t('mailSettings.formLabel')}>
      {saving.isError ? <Alert tone="error">{saving.error.message}</Alert> : null}
      <SelectField
        id="mail-kind"
        label={t('mailSettings.kind')}
        value={input.kind}
        disabled={account !== null}
        onChange={(event) => {
          const kind = event.target.value as MailAccountKind
          setInput((current) => ({ ...current, kind, port: DEFAULT_PORTS[kind][current.security] }))
        }}
        options={[
          { value: 'smtp', label: t('mailSettings.kindSmtp') },
          { value: 'imap', label: t('mailSettings.kindImap') },
        ]}
        error={fields.kind}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          id="mail-host"
          label={t('mailSettings.host')}
          containerClassName="sm:col-span-2"
          autoComplete="off"
          required
          value={input.host}
          onChange={(event) => set('host', event.target.value)}
          error={fields.host}
        />
        <Field
          id="mail-port"
          label={t('mailSettings.port')}
          type="number"
          inputMode="numeric"
          required
          value={String(input.port)}
          onChange={(event) => set('port', Number(event.target.value))}
          error={fields.port}
        />
      </div>
      <SelectField
        id="mail-security"
        label={t('mailSettings.security')}
        value={input.security}
        onChange={(event) => handleSecurity(event.target.value as MailSecurity)}
        options={[
          { value: 'starttls', label: t('mailSettings.securityStarttls') },
          { value: 'tls', label: t('mailSettings.securityTls') },
          { value: 'none', label: t('mailSettings.securityNone') },
        ]}
        error={fields.security}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="mail-username"
          label={t('mailSettings.username')}
          autoComplete="off"
          value={input.username ?? ''}
          onChange={(event) => set('username', event.target.value)}
          error={fields.username}
        />
        <Field
          id="mail-password"
          label={t('mailSettings.password')}
          type="password"
          autoComplete="new-password"
          hint={account?.has_password ? t('mailSettings.passwordKept') : undefined}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password}
        />
      </div>
      {input.kind === 'smtp' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="mail-from-name"
            label={t('mailSettings.fromName')}
            autoComplete="off"
            value={input.from_name ?? ''}
            onChange={(event) => set('from_name', event.target.value)}
            error={fields.from_name}
          />
          <Field
            id="mail-from-email"
            label={t('mailSettings.fromEmail')}
            type="email"
            autoComplete="off"
            required
            value={input.from_email ?? ''}
            onChange={(event) => set('from_email', event.target.value)}
            error={fields.from_email}
          />
        </div>
      ) : (
        <div className="space-y-3">
          <Field
            id="mail-folder"
            label={t('mailSettings.folder')}
            value={input.folder}
            onChange={(event) => set('folder', event.target.value)}
            error={fields.folder}
          />
          <CheckboxField
            id="mail-mark-seen"
            label={t('mailSettings.markSeen')}
            checked={input.mark_seen}
            onChange={(event) => set('mark_seen', event.target.checked)}
          />
          <CheckboxField
            id="mail-delete"
            label={t('mailSettings.deleteAfterFetch')}
            checked={input.delete_after_fetch}
            onChange={(event) => set('delete_after_fetch', event.target.checked)}
          />
          <CheckboxField
            id="mail-create-leads"
            label={t('mailSettings.createLeads')}
            checked={input.create_leads}
            onChange={(event) => set('create_leads', event.target.checked)}
          />
        </div>
      )}
      <CheckboxField
        id="mail-enabled"
        label={t('mailSettings.enabled')}
        checked={input.enabled}
        onChange={(event) => set('enabled', event.target.checked)}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={saving.isPending}>
          {t('mailSettings.save')}
        </Button>
      </DialogFooter>
    </form>
  )
}
