import { useState } from 'react'
import { useI18n } from '../../../../i18n'
import { cn } from '../../../../ui'
import type { Photo } from '../../types/property'

interface PhotoGalleryProps {
  photos: Photo[]
  title: string
}

export function photoAlt(photo: Photo, index: number, title: string, t: ReturnType<typeof useI18n>['t']): string {
  return photo.caption || t('property.photos.alt', { number: index + 1, title })
}

// One large photo and the row of thumbnails that chooses it.
export function PhotoGallery({ photos, title }: PhotoGalleryProps) {
  const { t } = useI18n()
  const [selectedId, setSelectedId] = useState<number | null>(null)
  if (photos.length === 0) {
    return <p className="text-sm text-slate-700">{t('property.photos.empty')}</p>
  }
  const index = Math.max(0, photos.findIndex((photo) => photo.id === selectedId))
  const current = photos[index]
  return (
    <div className="space-y-3">
      <figure>
        <img
          src={current.medium_url}
          alt={photoAlt(current, index, title, t)}
          className="aspect-[4/3] w-full rounded-lg bg-slate-200 object-contain"
        />
        <figcaption className="mt-2 text-sm text-slate-700">
          {t('property.photos.position', { number: index + 1, total: photos.length })}
          {current.caption ? ` · ${current.caption}` : ''}
        </figcaption>
      </figure>
      {photos.length > 1 ? (
        <ul aria-label={t('property.photos.thumbnails')} className="flex gap-2 overflow-x-auto pb-1">
          {photos.map((photo, photoIndex) => (
            <li key={photo.id} className="shrink-0">
              <button
                type="button"
                aria-pressed={photoIndex === index}
                onClick={() => setSelectedId(photo.id)}
                className={cn(
                  'block overflow-hidden rounded-md border-2',
                  photoIndex === index ? 'border-accent-700' : 'border-transparent',
                )}
              >
                <img src={photo.thumb_url} alt={t('property.photos.show', { number: photoIndex + 1 })} className="h-16 w-20 object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
