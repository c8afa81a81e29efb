import { useId, useState, type DragEvent } from 'react'
import { useI18n } from '../../../../i18n'
import { Button, buttonVariants, cn } from '../../../../ui'
import type { UploadItem } from '../../hooks/usePhotoUploads'

interface PhotoUploaderProps {
  uploads: UploadItem[]
  onFiles: (files: File[]) => void
  onDismiss: (key: string) => void
}

// A drop zone around an ordinary file input: the input is the keyboard's (and screen reader's) way
// in, dropping files on the zone is the mouse's shortcut.
export function PhotoUploader({ uploads, onFiles, onDismiss }: PhotoUploaderProps) {
  const { t } = useI18n()
  const inputId = useId()
  const hintId = useId()
  const [over, setOver] = useState(false)

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files')

  const handleDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setOver(true)
  }

  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return
    event.preventDefault()
    setOver(false)
    const files = Array.from(event.dataTransfer.files)
    if (files.length > 0) onFiles(files)
  }

  return (
    <div className="space-y-3">
      <div
        onDragOver={handleDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={handleDrop}
        className={cn(
          'rounded-lg border-2 border-dashed p-4 text-center',
          over ? 'border-accent-700 bg-accent-50' : 'border-slate-400 bg-slate-50',
        )}
      >
        {/* The input is visually hidden but focusable; its label is the visible button, in the page's
            language rather than the browser's. */}
        <input
          id={inputId}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
          aria-describedby={hintId}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? [])
            event.target.value = ''
            if (files.length > 0) onFiles(files)
          }}
          className="peer sr-only"
        />
        <label
          htmlFor={inputId}
          className={cn(
            buttonVariants(),
            'cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-700',
          )}
        >
          {t('property.photos.add')}
        </label>
        <p id={hintId} className="mt-2 text-sm text-slate-700">
          {t('property.photos.addHint')}
        </p>
      </div>
      {uploads.length > 0 ? (
        <ul aria-label={t('property.photos.uploads')} className="space-y-2">
          {uploads.map((upload) => (
            <UploadRow key={upload.key} upload={upload} onDismiss={() => onDismiss(upload.key)} />
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function UploadRow({ upload, onDismiss }: { upload: UploadItem; onDismiss: () => void }) {
  const { t } = useI18n()
  const labelId = useId()
  const state =
    upload.state === 'failed'
      ? t('property.photos.uploadFailed', { message: upload.error ?? '' })
      : upload.state === 'done'
        ? t('property.photos.uploadDone')
        : upload.state === 'queued'
          ? t('property.photos.uploadQueued')
          : t('property.photos.uploadProgress', { percent: Math.round(upload.progress * 100) })
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <div className="flex items-center justify-between gap-3">
        <p id={labelId} className="min-w-0 truncate text-sm font-medium text-slate-900">
          {upload.name}
        </p>
        {upload.state === 'failed' || upload.state === 'done' ? (
          <Button variant="ghost" size="sm" onClick={onDismiss}>
            {t('common.close')}
            <span className="sr-only"> {upload.name}</span>
          </Button>
        ) : null}
      </div>
      <progress
        aria-labelledby={labelId}
        max={1}
        value={upload.progress}
        className="mt-2 h-2 w-full overflow-hidden rounded accent-accent-700"
      />
      <p className={cn('mt-1 text-sm', upload.state === 'failed' ? 'font-medium text-red-700' : 'text-slate-700')}>
        {state}
      </p>
    </li>
  )
}
