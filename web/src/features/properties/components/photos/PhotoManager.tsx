import { useEffect, useState, type DragEvent, type FormEvent } from 'react'
import { useI18n } from '../../../../i18n'
import { Alert, Badge, Button, ConfirmDialog, cn } from '../../../../ui'
import { useDeletePhoto, useMovePhoto, useUpdatePhoto } from '../../hooks/usePhotos'
import { usePhotoUploads } from '../../hooks/usePhotoUploads'
import type { Photo } from '../../types/property'
import { photoAlt } from './PhotoGallery'
import { PhotoUploader } from './PhotoUploader'

interface PhotoManagerProps {
  propertyId: number
  title: string
  photos: Photo[]
}

type MoveAction = 'before' | 'after'

// Upload, order (drag, or the "Déplacer" buttons from the keyboard), cover, caption, delete.
// Every change is saved at once and said in the status line.
export function PhotoManager({ propertyId, title, photos }: PhotoManagerProps) {
  const { t } = useI18n()
  const [announcement, setAnnouncement] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: number; action: MoveAction; position: number } | null>(
    null,
  )
  const [dragged, setDragged] = useState<number | null>(null)
  const [toDelete, setToDelete] = useState<Photo | null>(null)
  const { move } = useMovePhoto(propertyId)
  const updatePhoto = useUpdatePhoto(propertyId)
  const deletePhoto = useDeletePhoto(propertyId)
  const { uploads, upload, dismiss } = usePhotoUploads(propertyId, (item) =>
    setAnnouncement(
      item.state === 'done'
        ? t('property.photos.uploadedNamed', { name: item.name })
        : t('property.photos.failedNamed', { name: item.name, message: item.error ?? '' }),
    ),
  )

  // The moved photo's button keeps the focus, wherever the photo went; at either end the
  // button that can no longer act hands it to its neighbour.
  useEffect(() => {
    if (!focusAfterMove) return
    const { id, action, position } = focusAfterMove
    // The list re-renders once with the move recorded and the old order: wait for the new order.
    if (photos.findIndex((photo) => photo.id === id) !== position) return
    const wanted = document.getElementById(`photo-${id}-${action}`) as HTMLButtonElement | null
    const other = document.getElementById(`photo-${id}-${action === 'before' ? 'after' : 'before'}`)
    ;(wanted && !wanted.disabled ? wanted : other)?.focus()
    setFocusAfterMove(null)
  }, [photos, focusAfterMove])

  const handleMove = (photo: Photo, index: number, action: MoveAction) => {
    const position = action === 'before' ? index - 1 : index + 1
    if (position < 0 || position >= photos.length) return
    setError(null)
    move(photo.id, position, setError)
    setFocusAfterMove({ id: photo.id, action, position })
    setAnnouncement(t('property.photos.moved', { number: position + 1, total: photos.length }))
  }

  const handleDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    if (dragged === null) return
    event.preventDefault()
    const from = photos.findIndex((photo) => photo.id === dragged)
    setDragged(null)
    if (from < 0 || from === index) return
    move(dragged, index, setError)
    setAnnouncement(t('property.photos.moved', { number: index + 1, total: photos.length }))
  }

  const handleCover = (photo: Photo) => {
    setError(null)
    updatePhoto.mutate(
      { id: photo.id, is_cover: true },
      {
        onSuccess: () => setAnnouncement(t('property.photos.coverSet')),
        onError: (failure) => setError(failure.message),
      },
    )
  }

  const handleCaption = (photo: Photo, caption: string) => {
    setError(null)
    updatePhoto.mutate(
      { id: photo.id, caption },
      {
        onSuccess: () => setAnnouncement(t('property.photos.captionSaved')),
        onError: (failure) => setError(failure.message),
      },
    )
  }

  const handleDelete = () => {
    if (!toDelete) return
    deletePhoto.mutate(toDelete.id, {
      onSuccess: () => {
        setToDelete(null)
        setAnnouncement(t('property.photos.deleted'))
      },
    })
  }

  return (
    <div className="space-y-4">
      <PhotoUploader uploads={uploads} onFiles={upload} onDismiss={dismiss} />
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {announcement}
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {photos.length > 0 ? (
        <ol aria-label={t('property.photos.manageList')} className="space-y-3">
          {photos.map((photo, index) => (
            <li
              key={photo.id}
              draggable
              onDragStart={(event) => {
                setDragged(photo.id)
                event.dataTransfer.effectAllowed = 'move'
                event.dataTransfer.setData('text/plain', String(photo.id))
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(event) => {
                if (dragged !== null) event.preventDefault()
              }}
              onDrop={(event) => handleDrop(event, index)}
              className={cn(
                'flex flex-col gap-3 rounded-lg border bg-white p-3 sm:flex-row',
                dragged === photo.id ? 'border-accent-700 opacity-60' : 'border-slate-200',
              )}
            >
              <img
                src={photo.thumb_url}
                alt={photoAlt(photo, index, title, t)}
                draggable={false}
                className="h-24 w-32 shrink-0 cursor-grab rounded-md bg-slate-200 object-cover"
              />
              <div className="min-w-0 flex-1 space-y-2">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="text-sm font-medium text-slate-900">
                    {t('property.photos.position', { number: index + 1, total: photos.length })}
                  </p>
                  {photo.is_cover ? <Badge tone="positive">{t('property.photos.cover')}</Badge> : null}
                </div>
                <CaptionForm photo={photo} index={index} onSave={(caption) => handleCaption(photo, caption)} />
                <div className="flex flex-wrap gap-2">
                  <Button
                    id={`photo-${photo.id}-before`}
                    variant="secondary"
                    size="sm"
                    disabled={index === 0}
                    onClick={() => handleMove(photo, index, 'before')}
                  >
                    {t('property.photos.moveBefore')}
                    <span className="sr-only"> {t('property.photos.photoNumber', { number: index + 1 })}</span>
                  </Button>
                  <Button
                    id={`photo-${photo.id}-after`}
                    variant="secondary"
                    size="sm"
                    disabled={index === photos.length - 1}
                    onClick={() => handleMove(photo, index, 'after')}
                  >
                    {t('property.photos.moveAfter')}
                    <span className="sr-only"> {t('property.photos.photoNumber', { number: index + 1 })}</span>
                  </Button>
                  {photo.is_cover ? null : (
                    <Button variant="secondary" size="sm" onClick={() => handleCover(photo)}>
                      {t('property.photos.makeCover')}
                      <span className="sr-only"> {t('property.photos.photoNumber', { number: index + 1 })}</span>
                    </Button>
                  )}
                  <Button
                    variant="ghost"
                    size="sm"
                    className="text-red-700 hover:bg-red-50 hover:text-red-800"
                    onClick={() => {
                      deletePhoto.reset()
                      setToDelete(photo)
                    }}
                  >
                    {t('property.photos.delete')}
                    <span className="sr-only"> {t('property.photos.photoNumber', { number: index + 1 })}</span>
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('property.photos.deleteTitle')}
        body={t('property.photos.deleteBody')}
        confirmLabel={t('property.photos.delete')}
        pending={deletePhoto.isPending}
        error={deletePhoto.error?.message}
        onConfirm={handleDelete}
        onClose={() => setToDelete(null)}
      />
    </div>
  )
}

function CaptionForm({ photo, index, onSave }: { photo: Photo; index: number; onSave: (caption: string) => void }) {
  const { t } = useI18n()
  const [caption, setCaption] = useState(photo.caption ?? '')
  const inputId = `photo-${photo.id}-caption`
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSave(caption.trim())
  }
  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor={inputId} className="block text-sm text-slate-800">
          {t('property.photos.captionOf', { number: index + 1 })}
        </label>
        <input
          id={inputId}
          value={caption}
          maxLength={200}
          onChange={(event) => setCaption(event.target.value)}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm"
        />
      </div>
      <Button type="submit" variant="secondary" size="sm" disabled={caption.trim() === (photo.caption ?? '')}>
        {t('property.photos.saveCaption')}
        <span className="sr-only"> {t('property.photos.photoNumber', { number: index + 1 })}</span>
      </Button>
    </form>
  )
}
