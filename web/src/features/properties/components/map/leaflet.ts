// The one place Leaflet is set up: its CSS is bundled (the CSP allows no stylesheet from elsewhere),
// markercluster finds the global L that Leaflet sets, and every map gets translated controls.
import L from 'leaflet'
import 'leaflet.markercluster'
import 'leaflet/dist/leaflet.css'
import 'leaflet.markercluster/dist/MarkerCluster.css'
import './map.css'
import type { MapSettings } from '../../types/property'

export { L }

// Metropolitan France, for a map with nothing to show yet.
export const FRANCE_CENTER: L.LatLngTuple = [46.6, 2.4]
export const FRANCE_ZOOM = 5

export interface MapLabels {
  region: string
  zoomIn: string
  zoomOut: string
}

export function createBaseMap(container: HTMLElement, settings: MapSettings, labels: MapLabels): L.Map {
  const map = L.map(container, {
    center: FRANCE_CENTER,
    zoom: FRANCE_ZOOM,
    zoomControl: false,
    attributionControl: false,
    maxZoom: settings.max_zoom,
  })
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map)
  L.control.attribution({ prefix: false }).addTo(map)
  L.tileLayer(settings.tile_url, { maxZoom: settings.max_zoom, attribution: settings.attribution }).addTo(map)
  // The container is focusable (arrow keys pan, +/- zoom): it needs a name.
  container.setAttribute('role', 'region')
  container.setAttribute('aria-label', labels.region)
  return map
}

// A pin drawn in CSS: no image to fetch, nothing for the CSP to refuse.
export function pinIcon(className = ''): L.DivIcon {
  return L.divIcon({
    className: `logis-pin ${className}`.trim(),
    html: '<span class="logis-pin__dot"></span>',
    iconSize: [24, 24],
    iconAnchor: [12, 24],
  })
}

// Leaflet makes keyboard-focusable markers role=button; this gives each one its name.
export function nameMarker(marker: L.Marker, name: string): void {
  const apply = () => marker.getElement()?.setAttribute('aria-label', name)
  marker.on('add', apply)
  apply()
}
