import { useSyncExternalStore } from 'react'

const QUERY = '(max-width: 639px)'

function subscribe(listener: () => void): () => void {
  const media = window.matchMedia(QUERY)
  media.addEventListener('change', listener)
  return () => media.removeEventListener('change', listener)
}

// A phone's width (below Tailwind's sm): the week view then names its days by one letter.
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches)
}
