import { useState } from 'react'
import { useI18n } from '../../i18n'
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
} from '../../ui'
import { CreateApiTokenDialog } from './CreateApiTokenDialog'
import { useApiTokens, useRevokeApiToken, type ApiToken } from './useApiTokens'

export function ApiTokensPage() {
  const { t, formatDate } = useI18n()
  const tokens = useApiTokens()
  const revokeToken = useRevokeApiToken()
  const [createOpen, setCreateOpen] = useState(false)
  const [revokeTarget, setRevokeTarget] = useState<ApiToken | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const handleRevoke = () => {
    if (!revokeTarget) return
    const target = revokeTarget
    revokeToken.mutate(target.id, {
      onSuccess: () => {
        setRevokeTarget(null)
        setNotice(t('tokens.revoked', { name: target.name }))
      },
    })
  }

  return (
    <section aria-labelledby="tokens-heading" className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="tokens-heading" className="text-lg font-semibold text-slate-900">
            {t('tokens.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('tokens.lead')}</p>
        </div>
        <Button
          onClick={() => {
            setNotice(null)
            setCreateOpen(true)
          }}
        >
          {t('tokens.create')}
        </Button>
      </div>
      <div role="status">{notice ? <Alert tone="success" live={false}>{notice}</Alert> : null}</div>
      {tokens.isPending ? (
        <Spinner />
      ) : tokens.isError ? (
        <Alert tone="error">{tokens.error.message}</Alert>
      ) : (
        <Table caption={t('tokens.caption')}>
          <TableHead>
            <TableRow>
              <TableHeader>{t('tokens.name')}</TableHeader>
              <TableHeader>{t('tokens.createdAt')}</TableHeader>
              <TableHeader>{t('tokens.lastUsed')}</TableHeader>
              <TableHeader>{t('tokens.status')}</TableHeader>
              <TableHeader>
                <span className="sr-only">{t('common.actions')}</span>
              </TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {tokens.data.items.length === 0 ? (
              <TableRow>
                <TableCell colSpan={5} className="text-slate-700">
                  {t('tokens.empty')}
                </TableCell>
              </TableRow>
            ) : null}
            {tokens.data.items.map((token) => (
              <TableRow key={token.id}>
                <TableCell className="font-medium whitespace-nowrap text-slate-900">{token.name}</TableCell>
                <TableCell className="whitespace-nowrap">{formatDate(token.created_at)}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {token.last_used_at ? formatDate(token.last_used_at) : t('common.never')}
                </TableCell>
                <TableCell>
                  {token.revoked_at ? (
                    <Badge tone="neutral">{t('tokens.revokedOn', { date: formatDate(token.revoked_at) })}</Badge>
                  ) : (
                    <Badge tone="positive">{t('tokens.active')}</Badge>
                  )}
                </TableCell>
                <TableCell className="text-right whitespace-nowrap">
                  {token.revoked_at ? null : (
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => {
                        setNotice(null)
                        revokeToken.reset()
                        setRevokeTarget(token)
                      }}
                    >
                      {t('tokens.revoke')}
                      <span className="sr-only"> {token.name}</span>
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <CreateApiTokenDialog open={createOpen} onClose={() => setCreateOpen(false)} />
      <ConfirmDialog
        open={revokeTarget !== null}
        title={revokeTarget ? t('tokens.revokeTitle', { name: revokeTarget.name }) : ''}
        body={t('tokens.revokeBody')}
        confirmLabel={t('tokens.revoke')}
        pending={revokeToken.isPending}
        error={revokeToken.error?.message}
        onConfirm={handleRevoke}
        onClose={() => setRevokeTarget(null)}
      />
    </section>
  )
}
