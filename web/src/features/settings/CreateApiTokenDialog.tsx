import { useState, type FormEvent } from 'react'
import { useI18n } from '../../i18n'
import { Alert, Button, Dialog, DialogFooter, Field, OneTimeSecret } from '../../ui'
import { useCreateApiToken, type CreatedApiToken } from './useApiTokens'

interface CreateApiTokenDialogProps {
  open: boolean
  onClose: () => void
}

export function CreateApiTokenDialog({ open, onClose }: CreateApiTokenDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog open={open} onClose={onClose} title={t('tokens.create')}>
      <CreateApiTokenForm onClose={onClose} />
    </Dialog>
  )
}

function CreateApiTokenForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n()
  const createToken = useCreateApiToken()
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [created, setCreated] = useState<CreatedApiToken | null>(null)

  if (created) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{t('tokens.created', { name: created.name })}</Alert>
        <OneTimeSecret label={t('tokens.value')} value={created.token} notice={t('tokens.valueOnce')} />
        <DialogFooter>
          <Button onClick={onClose}>{t('common.done')}</Button>
        </DialogFooter>
      </div>
    )
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!name.trim()) {
      setNameError(t('tokens.nameRequired'))
      document.getElementById('token-name')?.focus()
      return
    }
    setNameError(undefined)
    createToken.mutate(name.trim(), {
      onSuccess: setCreated,
      onError: (error) => setNameError(error.fields.name),
    })
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      {createToken.isError && !createToken.error.fields.name ? (
        <Alert tone="error">{createToken.error.message}</Alert>
      ) : null}
      <Field
        id="token-name"
        label={t('tokens.name')}
        hint={t('tokens.nameHint')}
        autoComplete="off"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameError}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={createToken.isPending}>
          {t('tokens.createSubmit')}
        </Button>
      </DialogFooter>
    </form>
  )
}
