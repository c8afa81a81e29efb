import { useState } from 'react'
import { useI18n } from '../../../i18n'
import { Button } from '../../../ui'
import { useContact } from '../../contacts/hooks/useContacts'
import { SendSmsDialog } from './SendSmsDialog'

// The "SMS" button of a contact's or a lead's page, its dialog, and the notice once the SMS is queued.
export function SmsAction({ contactId, leadId }: { contactId: number; leadId?: number }) {
  const { t } = useI18n()
  const contact = useContact(contactId)
  const [open, setOpen] = useState(false)
  const [notice, setNotice] = useState('')
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        disabled={!contact.data}
        onClick={() => {
          setNotice('')
          setOpen(true)
        }}
      >
        {t('sms.action')}
      </Button>
      <p role="status" className="text-sm text-slate-700">
        {notice}
      </p>
      {contact.data ? (
        <SendSmsDialog
          open={open}
          onClose={() => setOpen(false)}
          onSent={() => {
            setOpen(false)
            setNotice(t('sms.send.queued'))
          }}
          contactId={contactId}
          leadId={leadId}
          phoneDisplay={contact.data.phone_display}
          consentSms={contact.data.consent_sms}
        />
      ) : null}
    </div>
  )
}
