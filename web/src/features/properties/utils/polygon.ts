// The zone drawn on the map, as the API takes it: "lat,lon;lat,lon;..." (at least 3 points).

export type LatLon = [number, number]

export function formatPolygon(points: LatLon[]): string {
  return points.map(([lat, lon]) => `${round(lat)},${round(lon)}`).join(';')
}

export function parsePolygon(text: string | undefined): LatLon[] {
  if (!text) return []
  const points = text.split(';').map((pair) => pair.split(',').map(Number) as LatLon)
  const valid = points.every(
    (point) => point.length === 2 && point.every(Number.isFinite) && Math.abs(point[0]) <= 90 && Math.abs(point[1]) <= 180,
  )
  return valid && points.length >= 3 ? points : []
}

// The server refuses a polygon whose edges cross; saying so before sending spares a round trip.
export function isSelfIntersecting(points: LatLon[]): boolean {
  const count = points.length
  for (let i = 0; i < count; i += 1) {
    const a1 = points[i]
    const a2 = points[(i + 1) % count]
    for (let j = i + 1; j < count; j += 1) {
      // Edges that share a vertex meet by construction.
      if (j === i || (j + 1) % count === i || (i + 1) % count === j) continue
      if (segmentsCross(a1, a2, points[j], points[(j + 1) % count])) return true
    }
  }
  return false
}

function segmentsCross(p1: LatLon, p2: LatLon, p3: LatLon, p4: LatLon): boolean {
  const d1 = orientation(p3, p4, p1)
  const d2 = orientation(p3, p4, p2)
  const d3 = orientation(p1, p2, p3)
  const d4 = orientation(p1, p2, p4)
  return d1 * d2 < 0 && d3 * d4 < 0
}

function orientation(a: LatLon, b: LatLon, c: LatLon): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
