import { useI18n } from '../../../i18n'
import { Dialog, DialogAction } from '../../../ui'
import { ComposeForm } from './ComposeForm'

// The "New email" button of a contact's or a lead's page: the compose form (templates included) in a
// dialog, and the notice once the email is queued.
export function EmailAction({ contactId, leadId }: { contactId: number; leadId?: number }) {
  const { t } = useI18n()
  return (
    <DialogAction label={t('inbox.compose')}>
      {(open, close) => (
        <Dialog open={open} onClose={() => close()} title={t('inbox.compose')}>
          {open ? (
            <ComposeForm contactId={contactId} leadId={leadId} onSent={() => close(t('inbox.sent'))} onCancel={() => close()} />
          ) : null}
        </Dialog>
      )}
    </DialogAction>
  )
}
