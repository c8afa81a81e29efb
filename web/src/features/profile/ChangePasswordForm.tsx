import { useState, type FormEvent } from 'react'
import { useI18n } from '../../i18n'
import { Alert, Button, ErrorSummary, Field } from '../../ui'
import { usePasswordChange } from './usePasswordChange'

const MIN_PASSWORD_LENGTH = 12

const FIELD_IDS = {
  current_password: 'password-current',
  new_password: 'password-new',
  confirmation: 'password-confirmation',
} as const

type FieldName = keyof typeof FIELD_IDS

export function ChangePasswordForm() {
  const { t } = useI18n()
  const changePassword = usePasswordChange()
  const [values, setValues] = useState<Record<FieldName, string>>({
    current_password: '',
    new_password: '',
    confirmation: '',
  })
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const [changed, setChanged] = useState(false)

  const setValue = (field: FieldName, value: string) => setValues((current) => ({ ...current, [field]: value }))

  const validate = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {}
    if (!values.current_password) found.current_password = t('profile.currentRequired')
    if (values.new_password.length < MIN_PASSWORD_LENGTH) found.new_password = t('profile.tooShort')
    if (values.confirmation !== values.new_password) found.confirmation = t('profile.mismatch')
    return found
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setChanged(false)
    const found = validate()
    setErrors(found)
    if (Object.keys(found).length > 0) {
      focusFirstError(found)
      return
    }
    changePassword.mutate(
      { current_password: values.current_password, new_password: values.new_password },
      {
        onSuccess: () => {
          setValues({ current_password: '', new_password: '', confirmation: '' })
          setChanged(true)
        },
        onError: (error) => {
          setErrors(error.fields)
          focusFirstError(error.fields)
        },
      },
    )
  }

  const summary = (Object.keys(FIELD_IDS) as FieldName[])
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: FIELD_IDS[field], message: errors[field] as string }))

  const generalError =
    changePassword.isError && summary.length === 0 ? changePassword.error.message : null

  return (
    <form noValidate onSubmit={handleSubmit} className="max-w-md space-y-5">
      {summary.length > 0 ? <ErrorSummary title={t('errors.summaryTitle')} errors={summary} /> : null}
      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      {changed ? <Alert tone="success">{t('profile.changed')}</Alert> : null}
      <Field
        id={FIELD_IDS.current_password}
        label={t('profile.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={values.current_password}
        onChange={(event) => setValue('current_password', event.target.value)}
        error={errors.current_password}
      />
      <Field
        id={FIELD_IDS.new_password}
        label={t('profile.newPassword')}
        hint={t('profile.newPasswordHint')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        value={values.new_password}
        onChange={(event) => setValue('new_password', event.target.value)}
        error={errors.new_password}
      />
      <Field
        id={FIELD_IDS.confirmation}
        label={t('profile.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={values.confirmation}
        onChange={(event) => setValue('confirmation', event.target.value)}
        error={errors.confirmation}
      />
      <Button type="submit" disabled={changePassword.isPending}>
        {t('profile.submit')}
      </Button>
    </form>
  )
}

function focusFirstError(errors: Partial<Record<string, string>>) {
  const first = (Object.keys(FIELD_IDS) as FieldName[]).find((field) => errors[field])
  if (first) document.getElementById(FIELD_IDS[first])?.focus()
}
