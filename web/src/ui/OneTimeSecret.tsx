import { useId, useState } from 'react'
import { useI18n } from '../i18n'
import { Alert } from './Alert'
import { Button } from './Button'

interface OneTimeSecretProps {
  label: string
  value: string
  notice: string
}

// Shows a secret the server will never send again, with a copy button and the warning.
export function OneTimeSecret({ label, value, notice }: OneTimeSecretProps) {
  const { t } = useI18n()
  const inputId = useId()
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setCopyState('copied')
    } catch {
      setCopyState('failed')
    }
  }

  return (
    <div className="space-y-3">
      <Alert tone="warning" live={false}>
        {notice}
      </Alert>
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <div className="flex gap-2">
          <input
            id={inputId}
            readOnly
            value={value}
            onFocus={(event) => event.currentTarget.select()}
            className="block w-full min-w-0 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
          />
          <Button variant="secondary" onClick={handleCopy}>
            {t('common.copy')}
          </Button>
        </div>
        <p role="status" className="min-h-5 text-sm text-slate-700">
          {copyState === 'copied' ? t('common.copied') : copyState === 'failed' ? t('common.copyFailed') : ''}
        </p>
      </div>
    </div>
  )
}
