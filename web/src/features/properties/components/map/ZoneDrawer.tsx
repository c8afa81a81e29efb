import { useEffect, useRef, useState } from 'react'
import { useI18n, type MessageKey } from '../../../../i18n'
import { Alert, Button } from '../../../../ui'
import { formatPolygon, isSelfIntersecting, type LatLon } from '../../utils/polygon'
import { L } from './leaflet'

interface ZoneDrawerProps {
  map: L.Map | null
  onZone: (polygon: string) => void
  // Opened to draw at once (a map shown for nothing else), and « Annuler » hands back to the caller.
  drawingAtFirst?: boolean
  onCancel?: () => void
}

// Draws a search zone: each click on the map adds a corner. From the keyboard, the arrow keys move
// the map under a crosshair and "Ajouter le centre de la carte" adds the point beneath it.
export function ZoneDrawer({ map, onZone, drawingAtFirst = false, onCancel }: ZoneDrawerProps) {
  const { t } = useI18n()
  const [drawing, setDrawing] = useState(drawingAtFirst)
  const [vertices, setVertices] = useState<LatLon[]>([])
  const [problem, setProblem] = useState<MessageKey | null>(null)
  const startButtonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!map || !drawing) return
    const container = map.getContainer()
    container.classList.add('logis-drawing')
    const crosshair = L.DomUtil.create('div', 'logis-crosshair', container)
    crosshair.setAttribute('aria-hidden', 'true')
    const handleClick = (event: L.LeafletMouseEvent) =>
      setVertices((current) => [...current, [event.latlng.lat, event.latlng.lng]])
    map.on('click', handleClick)
    map.doubleClickZoom.disable()
    return () => {
      map.off('click', handleClick)
      map.doubleClickZoom.enable()
      crosshair.remove()
      container.classList.remove('logis-drawing')
    }
  }, [map, drawing])

  useEffect(() => {
    if (!map || vertices.length === 0) return
    const group = L.layerGroup().addTo(map)
    if (vertices.length >= 2) {
      L.polygon(vertices, { color: '#b45309', weight: 2, dashArray: '6 4', fillOpacity: 0.05, interactive: false }).addTo(group)
    }
    for (const vertex of vertices) {
      L.marker(vertex, {
        icon: L.divIcon({ className: 'logis-vertex', iconSize: [14, 14] }),
        interactive: false,
        keyboard: false,
      }).addTo(group)
    }
    return () => {
      group.remove()
    }
  }, [map, vertices])

  const stop = () => {
    setDrawing(false)
    setVertices([])
    // The drawing buttons disappear: focus goes back where the tool started.
    window.setTimeout(() => startButtonRef.current?.focus())
  }

  const handleStart = () => {
    setProblem(null)
    setVertices([])
    setDrawing(true)
  }

  const handleAddCenter = () => {
    if (!map) return
    const center = map.getCenter()
    setVertices((current) => [...current, [center.lat, center.lng]])
  }

  const handleFinish = () => {
    if (vertices.length < 3) {
      setProblem('property.map.zoneTooFewPoints')
      return
    }
    if (isSelfIntersecting(vertices)) {
      setProblem('property.map.zoneSelfIntersecting')
      return
    }
    setProblem(null)
    onZone(formatPolygon(vertices))
    stop()
  }

  if (!drawing) {
    return (
      <div>
        <Button ref={startButtonRef} variant="secondary" size="sm" onClick={handleStart} disabled={!map}>
          {t('property.map.drawZone')}
        </Button>
      </div>
    )
  }

  return (
    <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm text-amber-950">{t('property.map.drawInstructions')}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={handleAddCenter}>
          {t('property.map.addCenter')}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={vertices.length === 0}
          onClick={() => setVertices((current) => current.slice(0, -1))}
        >
          {t('property.map.removeLastPoint')}
        </Button>
        <Button size="sm" onClick={handleFinish}>
          {t('property.map.finishZone')}
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel ?? stop}>
          {t('property.map.cancelZone')}
        </Button>
      </div>
      <p role="status" className="text-sm text-amber-950">
        {t('property.map.zonePoints', { count: vertices.length })}
      </p>
      {problem ? <Alert tone="error">{t(problem)}</Alert> : null}
    </div>
  )
}
