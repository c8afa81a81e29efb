import { useEffect, useRef, useState, type RefObject } from 'react'
import { useI18n } from '../../../../i18n'
import { useMapSettings } from '../../hooks/useMapSettings'
import { createBaseMap, L } from './leaflet'

// A Leaflet map in the returned container, once the agency's map settings are known: named `region` for
// screen readers, described by the element `describedBy` when given. `map` is null until then.
export function useBaseMap(
  region: string,
  describedBy?: string,
): { containerRef: RefObject<HTMLDivElement | null>; map: L.Map | null } {
  const { t } = useI18n()
  const { settings, ready } = useMapSettings()
  const containerRef = useRef<HTMLDivElement>(null)
  const [map, setMap] = useState<L.Map | null>(null)

  useEffect(() => {
    const container = containerRef.current
    if (!ready || !container) return
    const created = createBaseMap(container, settings, {
      region,
      zoomIn: t('property.map.zoomIn'),
      zoomOut: t('property.map.zoomOut'),
    })
    if (describedBy) container.setAttribute('aria-describedby', describedBy)
    setMap(created)
    return () => {
      created.remove()
      setMap(null)
    }
  }, [ready, settings, region, describedBy, t])

  return { containerRef, map }
}
