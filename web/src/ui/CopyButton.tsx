import { useState } from 'react'
import { useI18n } from '../i18n'
import { Button, type ButtonProps } from './Button'

type CopyButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & { value: string }

// "Copier", then says whether the clipboard took the text (a browser may refuse it).
export function CopyButton({ value, ...props }: CopyButtonProps) {
  const { t } = useI18n()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button {...props} onClick={handleCopy}>
        {t('common.copy')}
      </Button>
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </div>
  )
}
