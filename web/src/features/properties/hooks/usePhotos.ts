import { useQueryClient } from '@tanstack/react-query'
import { useApiMutation, useApiQuery } from '../../../api'
import type { Photo } from '../types/property'
import { PROPERTIES_QUERY_KEY, propertyQueryKey } from './useProperties'

export function photosQueryKey(propertyId: number) {
  return [...propertyQueryKey(propertyId), 'photos'] as const
}

export function usePhotos(propertyId: number) {
  return useApiQuery<{ items: Photo[] }>(photosQueryKey(propertyId), `/properties/${propertyId}/photos`)
}

export interface PhotoChange {
  id: number
  position?: number
  is_cover?: true
  caption?: string
}

// The cover and the photo count show on the property and in the lists: refresh those too.
export function useUpdatePhoto(propertyId: number) {
  return useApiMutation<Photo, PhotoChange>({
    method: 'PATCH',
    path: ({ id }) => `/properties/${propertyId}/photos/${id}`,
    body: ({ id: _id, ...change }) => change,
    invalidates: [PROPERTIES_QUERY_KEY],
  })
}

export function useDeletePhoto(propertyId: number) {
  return useApiMutation<void, number>({
    method: 'DELETE',
    path: (id) => `/properties/${propertyId}/photos/${id}`,
    invalidates: [PROPERTIES_QUERY_KEY],
  })
}

// Moves a photo in the cached list at once, so the list (and the focus) follow the key press
// without waiting for the server; the PATCH that follows confirms or the refetch corrects it.
export function moveInList(photos: Photo[], photoId: number, position: number): Photo[] {
  const moving = photos.find((photo) => photo.id === photoId)
  if (!moving) return photos
  const others = photos.filter((photo) => photo.id !== photoId)
  others.splice(position, 0, moving)
  return others.map((photo, index) => ({ ...photo, position: index }))
}

export function useMovePhoto(propertyId: number) {
  const queryClient = useQueryClient()
  const update = useUpdatePhoto(propertyId)
  const move = (photoId: number, position: number, onError: (message: string) => void) => {
    queryClient.setQueryData<{ items: Photo[] }>(photosQueryKey(propertyId), (data) =>
      data ? { items: moveInList(data.items, photoId, position) } : data,
    )
    update.mutate(
      { id: photoId, position },
      {
        onError: (error) => {
          onError(error.message)
          void queryClient.invalidateQueries({ queryKey: photosQueryKey(propertyId) })
        },
      },
    )
  }
  return { move, isPending: update.isPending }
}
