import { useId, useState } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, ConfirmDialog, CopyButton } from '../../../ui'
import { useRegeneratePublicKey } from '../hooks/useLeadSettings'
import type { LeadSettings } from '../types/leadSettings'

export function PublicCapturePanel({ settings }: { settings: LeadSettings }) {
  const { t } = useI18n()
  const regenerate = useRegeneratePublicKey()
  const [confirming, setConfirming] = useState(false)
  const [notice, setNotice] = useState('')
  const keyId = useId()
  const snippetId = useId()

  return (
    <section aria-labelledby="public-capture-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="public-capture-heading" className="text-lg font-semibold text-slate-900">
        {t('leadSettings.capture.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('leadSettings.capture.description')}</p>
      <div className="mt-4 space-y-1.5">
        <label htmlFor={keyId} className="block text-sm font-medium text-slate-800">
          {t('leadSettings.capture.key')}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id={keyId}
            readOnly
            value={settings.public_key}
            onFocus={(event) => event.currentTarget.select()}
            className="block w-full min-w-0 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
          />
          <Button
            variant="secondary"
            onClick={() => {
              regenerate.reset()
              setConfirming(true)
            }}
          >
            {t('leadSettings.capture.regenerate')}
          </Button>
        </div>
        <p role="status" className="min-h-5 text-sm text-slate-700">
          {notice}
        </p>
      </div>
      <div className="mt-2 space-y-1.5">
        <label htmlFor={snippetId} className="block text-sm font-medium text-slate-800">
          {t('leadSettings.capture.snippet')}
        </label>
        <textarea
          id={snippetId}
          readOnly
          value={settings.form_snippet}
          rows={10}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900"
        />
        <CopyButton key={settings.public_key} value={settings.form_snippet} />
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('leadSettings.capture.regenerateTitle')}
        body={t('leadSettings.capture.regenerateBody')}
        confirmLabel={t('leadSettings.capture.regenerateConfirm')}
        pending={regenerate.isPending}
        error={regenerate.isError ? regenerate.error.message : null}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          regenerate.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false)
              setNotice(t('leadSettings.capture.regenerated'))
            },
          })
        }
      />
      {regenerate.isError && !confirming ? <Alert tone="error">{regenerate.error.message}</Alert> : null}
    </section>
  )
}
