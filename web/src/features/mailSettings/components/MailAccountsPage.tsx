import { useState } from 'react'
import { useI18n } from '../../../i18n'
import {
  Alert,
  Badge,
  Button,
  ConfirmDialog,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../ui'
import { useDeleteMailAccount, useMailAccounts, usePollMailAccount, useTestMailAccount } from '../hooks/useMailAccounts'
import type { MailAccount } from '../types/mailAccount'
import { MailAccountDialog } from './MailAccountDialog'

// Settings > Messagerie: the outgoing (SMTP) and incoming (IMAP) servers of the agency and its agents.
export function MailAccountsPage() {
  const { t } = useI18n()
  const accounts = useMailAccounts()
  const removeAccount = useDeleteMailAccount()
  const testAccount = useTestMailAccount()
  const pollAccount = usePollMailAccount()
  const [editing, setEditing] = useState<MailAccount | null | undefined>(undefined) // undefined: closed
  const [removeTarget, setRemoveTarget] = useState<MailAccount | null>(null)
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)

  const handleTest = (account: MailAccount) => {
    setNotice(null)
    testAccount.mutate(account.id, {
      onSuccess: (result) =>
        setNotice(
          result.ok
            ? { tone: 'success', text: t('mailSettings.testOk', { host: account.host }) }
            : { tone: 'error', text: t('mailSettings.testFailed', { host: account.host, answer: result.answer ?? '' }) },
        ),
      onError: (error) => setNotice({ tone: 'error', text: error.message }),
    })
  }

  const handlePoll = (account: MailAccount) => {
    setNotice(null)
    pollAccount.mutate(account.id, {
      onSuccess: () => setNotice({ tone: 'success', text: t('mailSettings.pollQueued', { host: account.host }) }),
      onError: (error) => setNotice({ tone: 'error', text: error.message }),
    })
  }

  const handleRemove = () => {
    if (!removeTarget) return
    const target = removeTarget
    removeAccount.mutate(target.id, {
      onSuccess: () => {
        setRemoveTarget(null)
        setNotice({ tone: 'success', text: t('mailSettings.removed', { host: target.host }) })
      },
    })
  }

  return (
    <section aria-labelledby="mail-heading" className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="mail-heading" className="text-lg font-semibold text-slate-900">
            {t('mailSettings.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('mailSettings.lead')}</p>
        </div>
        <Button
          onClick={() => {
            setNotice(null)
            setEditing(null)
          }}
        >
          {t('mailSettings.add')}
        </Button>
      </div>
      <div role="status">
        {notice ? (
          <Alert tone={notice.tone} live={false}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {accounts.isPending ? (
        <Spinner />
      ) : accounts.isError ? (
        <Alert tone="error">{accounts.error.message}</Alert>
      ) : (
        <Table caption={t('mailSettings.caption')}>
          <TableHead>
            <TableRow>
              <TableHeader>{t('mailSettings.kind')}</TableHeader>
              <TableHeader>{t('mailSettings.server')}</TableHeader>
              <TableHeader>{t('mailSettings.sender')}</TableHeader>
              <TableHeader>{t('mailSettings.owner')}</TableHeader>
              <TableHeader>{t('mailSettings.status')}</TableHeader>
              <TableHeader>
                <span className="sr-only">{t('common.actions')}</span>
              </TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {accounts.data.items.length === 0 ? (
              <TableRow>
                <TableCell colSpan={6} className="text-slate-700">
                  {t('mailSettings.empty')}
                </TableCell>
              </TableRow>
            ) : null}
            {accounts.data.items.map((account) => (
              <TableRow key={account.id}>
                <TableCell className="whitespace-nowrap">
                  {account.kind === 'smtp' ? t('mailSettings.kindSmtp') : t('mailSettings.kindImap')}
                </TableCell>
                <TableCell className="font-medium whitespace-nowrap text-slate-900">
                  {account.host}:{account.port}
                </TableCell>
                <TableCell>
                  {account.from_email ? `${account.from_name ?? ''} <${account.from_email}>`.trim() : '—'}
                </TableCell>
                <TableCell>{account.user_id ? t('mailSettings.ownerUser') : t('mailSettings.ownerAgency')}</TableCell>
                <TableCell>
                  {account.last_error ? (
                    <Badge tone="negative">{t('mailSettings.error')}</Badge>
                  ) : account.enabled ? (
                    <Badge tone="positive">{t('mailSettings.active')}</Badge>
                  ) : (
                    <Badge tone="neutral">{t('mailSettings.disabled')}</Badge>
                  )}
                </TableCell>
                <TableCell className="space-x-2 text-right whitespace-nowrap">
                  {account.kind === 'smtp' ? (
                    <RowAction
                      label={t('mailSettings.test')}
                      host={account.host}
                      disabled={testAccount.isPending}
                      onClick={() => handleTest(account)}
                    />
                  ) : account.enabled ? (
                    <RowAction
                      label={t('mailSettings.poll')}
                      host={account.host}
                      disabled={pollAccount.isPending}
                      onClick={() => handlePoll(account)}
                    />
                  ) : null}
                  <RowAction
                    label={t('mailSettings.edit')}
                    host={account.host}
                    onClick={() => {
                      setNotice(null)
                      setEditing(account)
                    }}
                  />
                  <RowAction
                    label={t('mailSettings.remove')}
                    host={account.host}
                    onClick={() => {
                      setNotice(null)
                      removeAccount.reset()
                      setRemoveTarget(account)
                    }}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <MailAccountDialog
        open={editing !== undefined}
        account={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={(saved) => {
          setEditing(undefined)
          setNotice({ tone: 'success', text: t('mailSettings.saved', { host: saved.host }) })
        }}
      />
      <ConfirmDialog
        open={removeTarget !== null}
        title={removeTarget ? t('mailSettings.removeTitle', { host: removeTarget.host }) : ''}
        body={t('mailSettings.removeBody')}
        confirmLabel={t('mailSettings.remove')}
        pending={removeAccount.isPending}
        error={removeAccount.error?.message}
        onConfirm={handleRemove}
        onClose={() => setRemoveTarget(null)}
      />
    </section>
  )
}

/** A row's button, named for screen readers with the account's host ("Modifier smtp.example.fr"). */
function RowAction({
  label,
  host,
  disabled,
  onClick,
}: {
  label: string
  host: string
  disabled?: boolean
  onClick: () => void
}) {
  return (
    <Button variant="secondary" size="sm" disabled={disabled} onClick={onClick}>
      {label}
      <span className="sr-only"> {host}</span>
    </Button>
  )
}
