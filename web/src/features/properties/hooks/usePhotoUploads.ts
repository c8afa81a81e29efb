import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { apiUpload, isApiError } from '../../../api'
import { translate } from '../../../i18n'
import type { Photo } from '../types/property'
import { PROPERTIES_QUERY_KEY } from './useProperties'

export interface UploadItem {
  key: string
  name: string
  progress: number
  state: 'queued' | 'uploading' | 'done' | 'failed'
  error: string | null
}

// One request per file, one after the other, each with its own progress; a file the server
// refuses says why and the others still go.
export function usePhotoUploads(propertyId: number, onSettled: (item: UploadItem) => void) {
  const queryClient = useQueryClient()
  const onSettledRef = useRef(onSettled)
  onSettledRef.current = onSettled
  const [uploads, setUploads] = useState<UploadItem[]>([])
  const counter = useRef(0)
  const queue = useRef<Promise<void>>(Promise.resolve())

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setUploads((items) => items.map((item) => (item.key === key ? { ...item, ...change } : item)))
  }, [])

  const upload = useCallback(
    (files: File[]) => {
      const batch = files.map((file) => {
        counter.current += 1
        return { file, key: `upload-${counter.current}` }
      })
      setUploads((items) => [
        ...items.filter((item) => item.state !== 'done'),
        ...batch.map(({ file, key }) => ({ key, name: file.name, progress: 0, state: 'queued' as const, error: null })),
      ])
      for (const { file, key } of batch) {
        queue.current = queue.current.then(async () => {
          update(key, { state: 'uploading' })
          const form = new FormData()
          form.append('file', file)
          try {
            await apiUpload<Photo>(`/properties/${propertyId}/photos`, form, {
              onProgress: (fraction) => update(key, { progress: fraction }),
            })
            update(key, { state: 'done', progress: 1 })
            onSettledRef.current({ key, name: file.name, progress: 1, state: 'done', error: null })
          } catch (error) {
            const message = isApiError(error) ? error.message : translate('errors.unexpected')
            update(key, { state: 'failed', error: message })
            onSettledRef.current({ key, name: file.name, progress: 0, state: 'failed', error: message })
          }
          await queryClient.invalidateQueries({ queryKey: PROPERTIES_QUERY_KEY })
        })
      }
    },
    [propertyId, queryClient, update],
  )

  const dismiss = useCallback((key: string) => setUploads((items) => items.filter((item) => item.key !== key)), [])

  return { uploads, upload, dismiss }
}
