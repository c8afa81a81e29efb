import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Dialog, DialogFooter, Field } from '../../../ui'
import { useEraseContact } from '../hooks/useContacts'
import type { Contact } from '../types/contact'

interface EraseContactDialogProps {
  open: boolean
  contact: Contact
  name: string
  onClose: () => void
}

// Erasure cannot be undone: the person's name must be typed to confirm (RGPD right to erasure).
export function EraseContactDialog({ open, contact, name, onClose }: EraseContactDialogProps) {
  const { t } = useI18n()
  const erase = useEraseContact(contact.id)
  const [typed, setTyped] = useState('')
  const [mismatch, setMismatch] = useState(false)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const matches = typed.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase()
    setMismatch(!matches)
    if (matches) erase.mutate(undefined, { onSuccess: onClose })
  }

  const handleClose = () => {
    setTyped('')
    setMismatch(false)
    erase.reset()
    onClose()
  }

  return (
    <Dialog open={open} onClose={handleClose} title={t('contact.erase.title')} description={t('contact.erase.body')}>
      <form noValidate onSubmit={handleSubmit} className="space-y-4">
        {erase.isError ? <Alert tone="error">{erase.error.message}</Alert> : null}
        <Field
          id="contact-erase-name"
          data-autofocus
          label={t('contact.erase.typeName', { name })}
          autoComplete="off"
          value={typed}
          error={mismatch ? t('contact.erase.mismatch') : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        <DialogFooter>
          <Button variant="secondary" onClick={handleClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="danger" disabled={erase.isPending}>
            {t('contact.erase.confirm')}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  )
}
