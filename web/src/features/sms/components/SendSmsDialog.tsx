import { useId, useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, ChoiceGroup, Dialog, DialogFooter, TextareaField } from '../../../ui'
import { useSendSms } from '../hooks/useSms'
import type { SmsPurpose } from '../types/sms'
import { countSegments, MAX_SEGMENTS } from '../utils/segments'

interface SendSmsDialogProps {
  open: boolean
  onClose: () => void
  onSent: () => void
  contactId: number
  leadId?: number
  phoneDisplay: string | null
  consentSms: boolean
}

// Write an SMS to a contact (for one of their leads): its length in SMS parts as it is typed, and the
// consent rule for marketing messages before the server refuses them.
export function SendSmsDialog({ open, onClose, onSent, contactId, leadId, phoneDisplay, consentSms }: SendSmsDialogProps) {
  const { t } = useI18n()
  const send = useSendSms()
  const [body, setBody] = useState('')
  const [purpose, setPurpose] = useState<SmsPurpose>('transactional')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const purposeId = useId()
  const count = countSegments(body)
  const marketingBlocked = purpose === 'marketing' && !consentSms

  const handleClose = () => {
    setErrors({})
    send.reset()
    onClose()
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!body.trim()) found.body = t('sms.send.bodyRequired')
    else if (count.segments > MAX_SEGMENTS) found.body = t('sms.send.bodyTooLong', { max: String(MAX_SEGMENTS) })
    setErrors(found)
    if (Object.keys(found).length > 0 || marketingBlocked) return
    send.mutate(
      { contact_id: contactId, ...(leadId ? { lead_id: leadId } : {}), body, purpose },
      {
        onSuccess: () => {
          setBody('')
          setPurpose('transactional')
          onSent()
        },
        onError: (error) => setErrors(error.fields),
      },
    )
  }

  const fieldError = errors.body
  const otherErrors = Object.entries(errors).filter(([field]) => field !== 'body')

  return (
    <Dialog
      open={open}
      onClose={handleClose}
      title={t('sms.send.title')}
      description={phoneDisplay ? t('sms.send.to', { phone: phoneDisplay }) : t('sms.send.noPhone')}
    >
      <form onSubmit={handleSubmit} noValidate className="space-y-4">
        <TextareaField
          label={t('sms.send.body')}
          value={body}
          rows={5}
          data-autofocus
          onChange={(event) => setBody(event.target.value)}
          error={fieldError}
          hint={
            <span data-testid="sms-counter">
              {t('sms.send.counter', {
                characters: String(count.units),
                segments: String(count.segments),
                encoding: t(count.encoding === 'gsm7' ? 'sms.send.gsm7' : 'sms.send.ucs2'),
              })}
            </span>
          }
        />
        <ChoiceGroup id={purposeId} legend={t('sms.send.purpose')} hint={t('sms.send.purposeHint')}>
          {(['transactional', 'marketing'] as const).map((value, index) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-900">
              <input
                id={index === 0 ? purposeId : undefined}
                type="radio"
                name="sms-purpose"
                value={value}
                checked={purpose === value}
                onChange={() => setPurpose(value)}
                className="h-4 w-4"
              />
              {t(value === 'marketing' ? 'sms.purpose.marketing' : 'sms.purpose.transactional')}
            </label>
          ))}
        </ChoiceGroup>
        {marketingBlocked ? <Alert tone="warning">{t('sms.send.noConsent')}</Alert> : null}
        {purpose === 'marketing' && !marketingBlocked ? <Alert tone="info">{t('sms.send.quietHours')}</Alert> : null}
        {otherErrors.length > 0 ? (
          <Alert tone="error">
            {otherErrors.map(([field, message]) => (
              <p key={field}>{message}</p>
            ))}
          </Alert>
        ) : send.isError && Object.keys(send.error.fields).length === 0 ? (
          <Alert tone="error">{send.error.message}</Alert>
        ) : null}
        <DialogFooter>
          <Button type="button" variant="secondary" onClick={handleClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={send.isPending || marketingBlocked || !phoneDisplay}>
            {t('sms.send.submit')}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  )
}
