import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, SelectField, TextareaField } from '../../../ui'
import { RadioOptions } from '../../properties/components/form/RadioOptions'
import { useRecordConsent } from '../hooks/useContacts'

// Records a consent given or withdrawn later (by phone, by letter), with where it comes from and the
// wording the person accepted: the proof the law asks for (CPCE L34-5).
export function ConsentForm({ contactId, onDone }: { contactId: number; onDone: () => void }) {
  const { t } = useI18n()
  const record = useRecordConsent(contactId)
  const [channel, setChannel] = useState<'email' | 'sms'>('email')
  const [granted, setGranted] = useState(true)
  const [source, setSource] = useState('')
  const [wording, setWording] = useState('')
  const fields = record.error?.fields ?? {}

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    record.mutate({ channel, granted, source: source.trim(), wording: wording.trim() }, { onSuccess: onDone })
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="mt-4 space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
      {record.isError && Object.keys(fields).length === 0 ? <Alert tone="error">{record.error.message}</Alert> : null}
      <SelectField
        id="consent-channel"
        label={t('contact.consent.channel')}
        value={channel}
        error={fields.channel}
        onChange={(event) => setChannel(event.target.value as 'email' | 'sms')}
        options={[
          { value: 'email', label: t('contact.consent.emailShort') },
          { value: 'sms', label: t('contact.consent.smsShort') },
        ]}
      />
      <RadioOptions
        id="consent-decision"
        legend={t('contact.consent.decision')}
        value={granted ? 'grant' : 'withdraw'}
        onChange={(value) => setGranted(value === 'grant')}
        options={[
          { value: 'grant', label: t('contact.consent.grant') },
          { value: 'withdraw', label: t('contact.consent.withdraw') },
        ]}
      />
      <Field
        id="consent-source"
        label={t('contact.consent.source')}
        hint={t('contact.consent.sourceHint')}
        value={source}
        maxLength={100}
        error={fields.source}
        onChange={(event) => setSource(event.target.value)}
      />
      <TextareaField
        id="consent-wording"
        label={t('contact.consent.wording')}
        hint={t('contact.consent.wordingHint')}
        className="min-h-20"
        value={wording}
        error={fields.wording}
        onChange={(event) => setWording(event.target.value)}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={record.isPending}>
          {t('contact.consent.record')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
