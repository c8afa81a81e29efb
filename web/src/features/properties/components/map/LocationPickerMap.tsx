import { useEffect, useId, useRef } from 'react'
import { useI18n } from '../../../../i18n'
import { Button } from '../../../../ui'
import { L, nameMarker, pinIcon } from './leaflet'
import { useBaseMap } from './useBaseMap'

interface LocationPickerMapProps {
  lat: number | null
  lon: number | null
  onChange: (lat: number, lon: number) => void
  onClear: () => void
}

const PLACED_ZOOM = 16

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

// Places the property's pin by a click on the map or by dragging it. The latitude and longitude
// fields beside it, and "Placer le repère au centre de la carte", do the same from the keyboard.
export function LocationPickerMap({ lat, lon, onChange, onClear }: LocationPickerMapProps) {
  const { t } = useI18n()
  const markerRef = useRef<L.Marker | null>(null)
  const onChangeRef = useRef(onChange)
  const hintId = useId()
  onChangeRef.current = onChange
  const { containerRef, map } = useBaseMap(t('property.location.mapLabel'), hintId)

  useEffect(() => {
    if (!map) return
    map.on('click', (event: L.LeafletMouseEvent) => onChangeRef.current(round(event.latlng.lat), round(event.latlng.lng)))
    return () => {
      markerRef.current = null
    }
  }, [map])

  const hasPin = lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
  useEffect(() => {
    if (!map) return
    if (!hasPin) {
      markerRef.current?.remove()
      markerRef.current = null
      return
    }
    const position: L.LatLngTuple = [lat, lon]
    if (!markerRef.current) {
      const marker = L.marker(position, { icon: pinIcon('logis-pin--selected'), draggable: true, keyboard: true })
      nameMarker(marker, t('property.location.pin'))
      marker.on('dragend', () => {
        const moved = marker.getLatLng()
        onChangeRef.current(round(moved.lat), round(moved.lng))
      })
      marker.addTo(map)
      markerRef.current = marker
      map.setView(position, Math.max(map.getZoom(), PLACED_ZOOM))
    } else if (!markerRef.current.getLatLng().equals(position)) {
      markerRef.current.setLatLng(position)
      if (!map.getBounds().contains(position)) map.panTo(position)
    }
  }, [map, hasPin, lat, lon, t])

  const handlePlaceAtCenter = () => {
    if (!map) return
    const center = map.getCenter()
    onChange(round(center.lat), round(center.lng))
  }

  return (
    <div className="space-y-2">
      <p id={hintId} className="text-sm text-slate-700">
        {t('property.location.mapHint')}
      </p>
      <div
        ref={containerRef}
        data-testid="location-map"
        className="h-64 w-full overflow-hidden rounded-lg border border-slate-300 sm:h-80"
      />
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={handlePlaceAtCenter} disabled={!map}>
          {t('property.location.placeAtCenter')}
        </Button>
        {hasPin ? (
          <Button variant="ghost" size="sm" onClick={onClear}>
            {t('property.location.removePin')}
          </Button>
        ) : null}
      </div>
    </div>
  )
}
