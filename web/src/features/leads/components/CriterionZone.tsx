import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../../i18n'
import { Button } from '../../../ui'
import { L } from '../../properties/components/map/leaflet'
import { useBaseMap } from '../../properties/components/map/useBaseMap'
import { ZoneDrawer } from '../../properties/components/map/ZoneDrawer'
import { parsePolygon, type LatLon } from '../../properties/utils/polygon'

interface CriterionZoneProps {
  polygon: LatLon[] | null
  onChange: (polygon: LatLon[] | null) => void
}

// A search's zone: drawn on a map opened on demand, with the properties map's zone tool (mouse or
// keyboard), then summed up by its number of corners and removable.
export function CriterionZone({ polygon, onChange }: CriterionZoneProps) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const openButtonRef = useRef<HTMLButtonElement>(null)

  const close = () => {
    setOpen(false)
    // The map and its buttons disappear: focus goes back to the button that opened it.
    window.setTimeout(() => openButtonRef.current?.focus())
  }

  return (
    <div className="space-y-2">
      {polygon ? (
        <div className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm sm:flex-row sm:items-center sm:justify-between">
          <p>{t('lead.criteria.polygon', { count: polygon.length })}</p>
          <Button variant="secondary" size="sm" onClick={() => onChange(null)}>
            {t('lead.criteria.removePolygon')}
          </Button>
        </div>
      ) : null}
      {open ? (
        <ZoneMap
          polygon={polygon}
          onZone={(zone) => {
            onChange(parsePolygon(zone))
            close()
          }}
          onCancel={close}
        />
      ) : (
        <Button ref={openButtonRef} variant="secondary" size="sm" onClick={() => setOpen(true)}>
          {t(polygon ? 'lead.criteria.redrawPolygon' : 'lead.criteria.drawPolygon')}
        </Button>
      )}
    </div>
  )
}

interface ZoneMapProps {
  polygon: LatLon[] | null
  onZone: (zone: string) => void
  onCancel: () => void
}

function ZoneMap({ polygon, onZone, onCancel }: ZoneMapProps) {
  const { t } = useI18n()
  const { containerRef, map } = useBaseMap(t('lead.criteria.zoneMap'))

  // The zone being replaced, shown and framed.
  useEffect(() => {
    if (!map || !polygon) return
    const layer = L.polygon(polygon, { color: '#b45309', weight: 2, fillOpacity: 0.08, interactive: false }).addTo(map)
    map.fitBounds(layer.getBounds(), { padding: [24, 24] })
    return () => {
      layer.remove()
    }
  }, [map, polygon])

  return (
    <div className="space-y-2">
      <ZoneDrawer map={map} onZone={onZone} onCancel={onCancel} drawingAtFirst />
      <div ref={containerRef} className="h-72 w-full rounded-lg border border-slate-300" />
    </div>
  )
}
