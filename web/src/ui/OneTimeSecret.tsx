import { useId } from 'react'
import { Alert } from './Alert'
import { CopyButton } from './CopyButton'

interface OneTimeSecretProps {
  label: string
  value: string
  notice: string
}

// Shows a secret the server will never send again, with a copy button and the warning.
export function OneTimeSecret({ label, value, notice }: OneTimeSecretProps) {
  const inputId = useId()
  return (
    <div className="space-y-3">
      <Alert tone="warning" live={false}>
        {notice}
      </Alert>
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          id={inputId}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <CopyButton variant="secondary" value={value} />
      </div>
    </div>
  )
}
