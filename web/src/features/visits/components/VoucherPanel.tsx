import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { apiUpload, type ApiError } from '../../../api'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, Panel, buttonVariants } from '../../../ui'
import { useSignVoucher, visitQueryKey, voucherUrl } from '../hooks/useVisits'
import type { Visit, VisitVoucher } from '../types/visit'
import { formatDateTimeInZone } from '../utils/time'
import { SignatureCanvas, type SignatureHandle } from './SignatureCanvas'

const ACCEPTED = 'application/pdf,image/jpeg,image/png'
const MAX_BYTES = 10 * 1024 * 1024

export function VoucherPanel({ visit, canManage }: { visit: Visit; canManage: boolean }) {
  const { t, locale } = useI18n()
  const [mode, setMode] = useState<'idle' | 'draw' | 'upload'>('idle')
  // What the last signature answered, until the visit is read again with it.
  const [signed, setSigned] = useState<VisitVoucher | null>(null)
  const voucher = visit.voucher ?? signed
  const signable = canManage && visit.status !== 'cancelled'
  return (
    <Panel id="visit-voucher" title={t('visits.voucher.title')}>
      <div className="space-y-4">
        {voucher ? (
          <Alert tone="success" live={false}>
            {t(voucher.signed_via === 'drawn' ? 'visits.voucher.signedDrawn' : 'visits.voucher.signedUploaded', {
              name: voucher.signer_name ?? '—',
              date: formatDateTimeInZone(voucher.signed_at, visit.time_zone, locale),
            })}
          </Alert>
        ) : (
          <p className="text-sm text-slate-700">{t('visits.voucher.unsigned')}</p>
        )}
        <div className="flex flex-wrap gap-3">
          <a
            href={voucherUrl(visit.id)}
            download
            className={buttonVariants({ variant: voucher ? 'primary' : 'secondary' })}
          >
            {t(voucher ? 'visits.voucher.downloadSigned' : 'visits.voucher.download')}
          </a>
          {signable && !voucher && mode === 'idle' ? (
            <>
              <Button onClick={() => setMode('draw')}>{t('visits.voucher.sign')}</Button>
              <Button variant="secondary" onClick={() => setMode('upload')}>
                {t('visits.voucher.upload')}
              </Button>
            </>
          ) : null}
        </div>
        {mode === 'draw' && !voucher ? <DrawForm visit={visit} onSigned={setSigned} onClose={() => setMode('idle')} /> : null}
        {mode === 'upload' && !voucher ? <UploadForm visit={visit} onSigned={setSigned} onClose={() => setMode('idle')} /> : null}
      </div>
    </Panel>
  )
}

interface FormProps {
  visit: Visit
  onSigned: (voucher: VisitVoucher) => void
  onClose: () => void
}

function DrawForm({ visit, onSigned, onClose }: FormProps) {
  const { t } = useI18n()
  const sign = useSignVoucher(visit.id)
  const pad = useRef<SignatureHandle>(null)
  const [name, setName] = useState(visit.contacts[0]?.name ?? '')
  const [empty, setEmpty] = useState(true)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!name.trim()) found.signer_name = t('visits.voucher.nameRequired')
    if (!pad.current || pad.current.isEmpty()) found.signature = t('visits.voucher.signatureRequired')
    setErrors(found)
    if (Object.keys(found).length > 0 || !pad.current) return
    sign.mutate(
      { signature: pad.current.toPng(), signer_name: name.trim() },
      { onSuccess: onSigned, onError: (error) => setErrors(error.fields) },
    )
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4 border-t border-slate-200 pt-4">
      <Field
        id="voucher-signer"
        label={t('visits.voucher.signerName')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.signer_name}
        autoComplete="off"
      />
      <div className="space-y-1.5">
        <p id="voucher-canvas-hint" className="text-sm text-slate-700">
          {t('visits.voucher.canvasHint')}
        </p>
        <SignatureCanvas handle={pad} describedBy="voucher-canvas-hint" onChange={setEmpty} />
        {errors.signature ? <p className="text-sm font-medium text-red-700">{errors.signature}</p> : null}
      </div>
      {sign.isError && Object.keys(sign.error.fields).length === 0 ? <Alert tone="error">{sign.error.message}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={sign.isPending}>
          {t('visits.voucher.submitSignature')}
        </Button>
        <Button variant="secondary" onClick={() => pad.current?.clear()} disabled={empty}>
          {t('visits.voucher.clear')}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

function UploadForm({ visit, onSigned, onClose }: FormProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [file, setFile] = useState<File | null>(null)
  const [name, setName] = useState(visit.contacts[0]?.name ?? '')
  const [error, setError] = useState<string | null>(null)
  const upload = useMutation<VisitVoucher, ApiError, File>({
    mutationFn: (chosen) => {
      const form = new FormData()
      form.append('file', chosen)
      if (name.trim()) form.append('signer_name', name.trim())
      return apiUpload<VisitVoucher>(`/visits/${visit.id}/voucher`, form)
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitQueryKey(visit.id) }),
  })

  const handleFile = (event: ChangeEvent<HTMLInputElement>) => {
    setError(null)
    setFile(event.target.files?.[0] ?? null)
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setError(t('visits.voucher.fileRequired'))
    if (!ACCEPTED.split(',').includes(file.type)) return setError(t('visits.voucher.fileType'))
    if (file.size > MAX_BYTES) return setError(t('visits.voucher.fileTooLarge'))
    upload.mutate(file, { onSuccess: onSigned, onError: (failure) => setError(failure.fields.file ?? failure.message) })
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4 border-t border-slate-200 pt-4">
      <Field
        id="voucher-upload-signer"
        label={t('visits.voucher.signerName')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
      />
      <Field
        id="voucher-file"
        type="file"
        accept={ACCEPTED}
        label={t('visits.voucher.file')}
        hint={t('visits.voucher.fileHint')}
        onChange={handleFile}
        error={error ?? undefined}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={upload.isPending}>
          {t('visits.voucher.submitFile')}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
