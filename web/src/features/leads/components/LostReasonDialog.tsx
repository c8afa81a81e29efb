import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Dialog, DialogFooter, Field } from '../../../ui'

interface LostReasonDialogProps {
  open: boolean
  leadName: string
  pending: boolean
  error: string | null
  onConfirm: (reason: string) => void
  onClose: () => void
}

// A lead is lost for a reason the agency wants to count: the reason is asked before the move.
export function LostReasonDialog({ open, leadName, pending, error, onConfirm, onClose }: LostReasonDialogProps) {
  const { t } = useI18n()
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const text = reason.trim()
    setMissing(text === '')
    if (text) onConfirm(text)
  }

  const handleClose = () => {
    setReason('')
    setMissing(false)
    onClose()
  }

  return (
    <Dialog open={open} onClose={handleClose} title={t('lead.lost.title', { name: leadName })}>
      <form noValidate onSubmit={handleSubmit} className="space-y-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field
          id="lead-lost-reason"
          data-autofocus
          label={t('lead.field.lost_reason')}
          hint={t('lead.lost.hint')}
          value={reason}
          maxLength={200}
          error={missing ? t('lead.lost.required') : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <DialogFooter>
          <Button variant="secondary" onClick={handleClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={pending}>
            {t('lead.lost.confirm')}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  )
}
