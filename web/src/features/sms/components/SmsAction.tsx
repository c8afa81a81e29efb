import { useI18n } from '../../../i18n'
import { DialogAction } from '../../../ui'
import { useContact } from '../../contacts/hooks/useContacts'
import { SendSmsDialog } from './SendSmsDialog'

// The "SMS" button of a contact's or a lead's page, its dialog, and the notice once the SMS is queued.
export function SmsAction({ contactId, leadId }: { contactId: number; leadId?: number }) {
  const { t } = useI18n()
  const contact = useContact(contactId)
  return (
    <DialogAction label={t('sms.action')} disabled={!contact.data}>
      {(open, close) =>
        contact.data ? (
          <SendSmsDialog
            open={open}
            onClose={() => close()}
            onSent={() => close(t('sms.send.queued'))}
            contactId={contactId}
            leadId={leadId}
            phoneDisplay={contact.data.phone_display}
            consentSms={contact.data.consent_sms}
          />
        ) : null
      }
    </DialogAction>
  )
}
