import { useEffect, useId, useState } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../../../i18n'
import { Alert } from '../../../../ui'
import { usePropertyPoints } from '../../hooks/useProperties'
import type { PropertyPoint } from '../../types/property'
import type { PropertyFilters } from '../../utils/filters'
import { typeLabel } from '../../utils/labels'
import { formatEuros } from '../../utils/numbers'
import { parsePolygon } from '../../utils/polygon'
import { L, nameMarker, pinIcon } from './leaflet'
import { useBaseMap } from './useBaseMap'
import { ZoneDrawer } from './ZoneDrawer'

interface PropertiesMapProps {
  filters: PropertyFilters
  onPolygonChange: (polygon: string) => void
}

const MOVE_DEBOUNCE_MS = 300

// The map view: markers of the filtered properties within the viewport (fetched again, debounced,
// after each move), grouped into clusters, and the zone tool that narrows every view to a polygon.
export function PropertiesMap({ filters, onPolygonChange }: PropertiesMapProps) {
  const { t, locale } = useI18n()
  const [bbox, setBbox] = useState<string | null>(null)
  const [selected, setSelected] = useState<PropertyPoint | null>(null)
  const points = usePropertyPoints(filters, bbox)
  const hintId = useId()
  const polygon = filters.polygon
  const { containerRef, map } = useBaseMap(t('property.map.region'), hintId)

  useEffect(() => {
    if (!map) return
    let timer: number | undefined
    const updateBbox = () => setBbox(map.getBounds().toBBoxString())
    map.on('moveend', () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(updateBbox, MOVE_DEBOUNCE_MS)
    })
    return () => window.clearTimeout(timer)
  }, [map])

  // The drawn zone, shown and framed.
  useEffect(() => {
    if (!map) return
    const zone = parsePolygon(polygon)
    if (zone.length === 0) {
      setBbox(map.getBounds().toBBoxString())
      return
    }
    const layer = L.polygon(zone, { color: '#b45309', weight: 2, fillOpacity: 0.08, interactive: false }).addTo(map)
    map.fitBounds(layer.getBounds(), { padding: [24, 24] })
    setBbox(map.getBounds().toBBoxString())
    return () => {
      layer.remove()
    }
  }, [map, polygon])

  const items = points.data?.items
  useEffect(() => {
    if (!map || !items) return
    const clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      iconCreateFunction: (cluster) => {
        const count = cluster.getChildCount()
        const size = count < 10 ? 36 : count < 100 ? 42 : 50
        return L.divIcon({
          className: 'logis-cluster',
          html: `<span aria-hidden="true">${count}</span><span class="sr-only">${escapeHtml(
            t('property.map.cluster', { count }),
          )}</span>`,
          iconSize: [size, size],
        })
      },
    })
    for (const point of items) {
      const marker = L.marker([point.lat, point.lon], { icon: pinIcon(), keyboard: true })
      nameMarker(marker, `${point.reference} – ${point.title}`)
      marker.on('click', () => setSelected(point))
      clusters.addLayer(marker)
    }
    clusters.addTo(map)
    return () => {
      clusters.remove()
    }
  }, [map, items, t])

  useEffect(() => {
    if (selected && items && !items.some((item) => item.id === selected.id)) setSelected(null)
  }, [items, selected])

  return (
    <div className="space-y-3">
      <ZoneDrawer map={map} onZone={onPolygonChange} />
      <p id={hintId} className="text-sm text-slate-700">
        {t('property.map.keyboardHint')}
      </p>
      <div className="relative">
        <div
          ref={containerRef}
          data-testid="properties-map"
          className="h-80 w-full overflow-hidden rounded-lg border border-slate-300 sm:h-[28rem]"
        />
      </div>
      <p role="status" className="text-sm text-slate-700">
        {items ? t('property.map.count', { count: items.length }) : ''}
      </p>
      {points.data?.truncated ? <Alert tone="warning">{t('property.map.truncated')}</Alert> : null}
      {points.isError ? <Alert tone="error">{points.error.message}</Alert> : null}
      <p className="text-sm text-slate-600">{t('property.map.withoutCoordinates')}</p>
      {selected ? (
        <section
          aria-labelledby="map-selected-heading"
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="map-selected-heading" className="text-sm font-medium text-slate-600">
            {t('property.map.selected')}
          </h2>
          <p className="mt-1 font-semibold text-slate-900">
            {selected.reference} · {selected.title}
          </p>
          <p className="text-sm text-slate-700">
            {t(typeLabel(selected.type))}
            {selected.price_cents !== null ? ` · ${formatEuros(selected.price_cents, locale)}` : ''}
          </p>
          <Link
            to={`/biens/${selected.id}`}
            className="mt-2 inline-block text-sm font-medium text-accent-800 underline underline-offset-2"
          >
            {t('property.map.open', { reference: selected.reference })}
          </Link>
        </section>
      ) : null}
    </div>
  )
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
