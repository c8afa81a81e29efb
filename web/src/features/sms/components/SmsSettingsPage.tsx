import { useId, useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, CheckboxField, CopyButton, ErrorSummary, Field, SelectField, Spinner } from '../../../ui'
import { useSmsSettings, useUpdateSmsSettings } from '../hooks/useSms'
import type { SmsProvider, SmsSettings, SmsSettingsChange } from '../types/sms'

const SENDER_NAME = /^(?=.*[A-Za-z])[A-Za-z0-9]([A-Za-z0-9 ]{0,9}[A-Za-z0-9])?$/

export function SmsSettingsPage() {
  const settings = useSmsSettings()
  return settings.isPending ? (
    <Spinner />
  ) : settings.isError ? (
    <Alert tone="error">{settings.error.message}</Alert>
  ) : (
    <div className="space-y-6">
      <SmsSettingsForm settings={settings.data} />
      <WebhooksPanel settings={settings.data} />
    </div>
  )
}

// The provider, its credentials and the sender name, saved together.
function SmsSettingsForm({ settings }: { settings: SmsSettings }) {
  const { t } = useI18n()
  const update = useUpdateSmsSettings()
  const [provider, setProvider] = useState<SmsProvider>(settings.provider)
  const [baseUrl, setBaseUrl] = useState(settings.api_base_url ?? '')
  const [accountSid, setAccountSid] = useState(settings.account_sid ?? '')
  const [authToken, setAuthToken] = useState('')
  const [senderName, setSenderName] = useState(settings.sender_name ?? '')
  const [enabled, setEnabled] = useState(settings.enabled)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  const ids = { provider: useId(), api_base_url: useId(), account_sid: useId(), auth_token: useId(), sender_name: useId() }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const found: Record<string, string> = {}
    if (senderName && !SENDER_NAME.test(senderName)) found.sender_name = t('sms.settings.senderNameInvalid')
    if (provider === 'twilio') {
      if (!accountSid.trim()) found.account_sid = t('sms.settings.requiredForTwilio')
      if (!authToken && !settings.has_auth_token) found.auth_token = t('sms.settings.requiredForTwilio')
      if (!senderName) found.sender_name = found.sender_name ?? t('sms.settings.requiredForTwilio')
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const change: SmsSettingsChange = {
      provider,
      api_base_url: baseUrl.trim() || null,
      account_sid: accountSid.trim() || null,
      sender_name: senderName || null,
      enabled,
      ...(authToken ? { auth_token: authToken } : {}),
    }
    update.mutate(change, {
      onSuccess: () => {
        setAuthToken('')
        setSaved(true)
      },
      onError: (error) => setErrors(error.fields),
    })
  }

  const summary = Object.entries(errors)
    .filter(([field]) => field in ids)
    .map(([field, message]) => ({ fieldId: ids[field as keyof typeof ids], message }))

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="sms-settings-heading">
      <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <div>
          <h2 id="sms-settings-heading" className="text-lg font-semibold text-slate-900">
            {t('sms.settings.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('sms.settings.lead')}</p>
        </div>
        <ErrorSummary title={t('sms.settings.errorsTitle')} errors={summary} />
        <SelectField
          id={ids.provider}
          label={t('sms.settings.provider')}
          value={provider}
          onChange={(event) => setProvider(event.target.value as SmsProvider)}
          options={[
            { value: 'console', label: t('sms.settings.providerConsole') },
            { value: 'twilio', label: t('sms.settings.providerTwilio') },
          ]}
          error={errors.provider}
          containerClassName="sm:w-96"
        />
        <Field
          id={ids.sender_name}
          label={t('sms.settings.senderName')}
          hint={t('sms.settings.senderNameHint')}
          value={senderName}
          maxLength={11}
          onChange={(event) => setSenderName(event.target.value)}
          error={errors.sender_name}
          containerClassName="sm:w-96"
        />
        {provider === 'twilio' ? (
          <>
            <Field
              id={ids.account_sid}
              label={t('sms.settings.accountSid')}
              value={accountSid}
              autoComplete="off"
              onChange={(event) => setAccountSid(event.target.value)}
              error={errors.account_sid}
            />
            <Field
              id={ids.auth_token}
              type="password"
              autoComplete="new-password"
              label={t('sms.settings.authToken')}
              hint={settings.has_auth_token ? t('sms.settings.authTokenKept') : t('sms.settings.authTokenHint')}
              value={authToken}
              onChange={(event) => setAuthToken(event.target.value)}
              error={errors.auth_token}
            />
            <Field
              id={ids.api_base_url}
              type="url"
              label={t('sms.settings.baseUrl')}
              hint={t('sms.settings.baseUrlHint', { url: settings.default_api_base_url })}
              placeholder={settings.default_api_base_url}
              value={baseUrl}
              onChange={(event) => setBaseUrl(event.target.value)}
              error={errors.api_base_url}
            />
          </>
        ) : (
          <Alert tone="info" live={false}>
            {t('sms.settings.consoleHint')}
          </Alert>
        )}
        <CheckboxField
          label={t('sms.settings.enabled')}
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
          error={errors.enabled}
        />
        <div role="status">{saved ? <Alert tone="success" live={false}>{t('sms.settings.saved')}</Alert> : null}</div>
        {update.isError && Object.keys(update.error.fields).length === 0 ? (
          <Alert tone="error">{update.error.message}</Alert>
        ) : null}
        <Button type="submit" disabled={update.isPending}>
          {t('sms.settings.save')}
        </Button>
      </section>
    </form>
  )
}

// The two URLs to paste in the provider's console.
function WebhooksPanel({ settings }: { settings: SmsSettings }) {
  const { t } = useI18n()
  const statusId = useId()
  const inboundId = useId()
  return (
    <section aria-labelledby="sms-webhooks-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div>
        <h2 id="sms-webhooks-heading" className="text-lg font-semibold text-slate-900">
          {t('sms.webhooks.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t('sms.webhooks.lead')}</p>
      </div>
      {[
        { id: inboundId, label: t('sms.webhooks.inbound'), value: settings.inbound_url },
        { id: statusId, label: t('sms.webhooks.status'), value: settings.status_callback_url },
      ].map((webhook) => (
        <div key={webhook.id} className="space-y-1.5">
          <label htmlFor={webhook.id} className="block text-sm font-medium text-slate-800">
            {webhook.label}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              id={webhook.id}
              readOnly
              value={webhook.value}
              onFocus={(event) => event.currentTarget.select()}
              className="block w-full min-w-0 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
            />
            <CopyButton value={webhook.value} />
          </div>
        </div>
      ))}
    </section>
  )
}
