import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import { Alert } from './Alert'
import { Button } from './Button'
import { Dialog, DialogFooter } from './Dialog'

interface ConfirmDialogProps {
  open: boolean
  title: ReactNode
  body: ReactNode
  confirmLabel: string
  tone?: 'danger' | 'primary'
  pending?: boolean
  error?: string | null
  onConfirm: () => void
  onClose: () => void
}

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  tone = 'danger',
  pending = false,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog open={open} onClose={onClose} title={title} description={body}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button variant={tone} onClick={onConfirm} disabled={pending}>
          {confirmLabel}
        </Button>
      </DialogFooter>
    </Dialog>
  )
}
