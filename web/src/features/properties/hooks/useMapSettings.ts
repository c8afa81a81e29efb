import { useApiQuery } from '../../../api'
import type { MapSettings } from '../types/property'

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  tile_url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap',
  max_zoom: 19,
}

// The tile server is the agency's choice. A map waits for the answer (ready) and, if the settings
// cannot be had, uses OpenStreetMap as the server does by default.
export function useMapSettings(): { settings: MapSettings; ready: boolean } {
  const query = useApiQuery<MapSettings>(['map-settings'], '/map-settings', { staleTime: Infinity })
  return { settings: query.data ?? DEFAULT_MAP_SETTINGS, ready: !query.isPending }
}
