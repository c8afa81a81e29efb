import { expect, type Page } from '@playwright/test'
import { uniqueSuffix, type ApiSession } from './fixtures'

// A 32×24 PNG, for photos added through the API.
const SMALL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAYCAIAAAAUMWhjAAAAJElEQVR42mPgL8ujKWIYtWDUglELRi0YtWDUglELRi0YGhYAAFpG2R+QkgcZAAAAAElFTkSuQmCC'

export interface CreatedProperty {
  id: number
  reference: string
  title: string
}

// A sale with coordinates and the fields a list shows; anything in `fields` overrides.
export async function createProperty(session: ApiSession, fields: Record<string, unknown> = {}): Promise<CreatedProperty> {
  const response = await session.send('POST', '/api/v1/properties', {
    transaction: 'sale',
    type: 'apartment',
    status: 'available',
    title: `Appartement témoin ${uniqueSuffix()}`,
    price_cents: 31_500_000,
    fees_cents: 1_500_000,
    fees_paid_by: 'seller',
    city: 'Lyon',
    postal_code: '69003',
    lat: 45.7578,
    lon: 4.8435,
    living_area_m2: 64.5,
    rooms: 3,
    ...fields,
  })
  expect(response.status(), `POST /api/v1/properties: ${await response.text()}`).toBe(201)
  return (await response.json()) as CreatedProperty
}

export async function addPhotoThroughApi(session: ApiSession, propertyId: number): Promise<void> {
  const response = await session.context.post(`/api/v1/properties/${propertyId}/photos`, {
    headers: { 'X-CSRF-Token': session.csrf },
    multipart: { file: { name: 'facade.png', mimeType: 'image/png', buffer: Buffer.from(SMALL_PNG, 'base64') } },
  })
  expect(response.status(), `photo upload: ${await response.text()}`).toBe(201)
}

// Real, distinct JPEG files drawn by the browser's canvas: what a camera would give, only smaller.
export async function drawJpegs(page: Page, colours: string[]): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const encoded = await page.evaluate((list) => {
    return list.map((colour) => {
      const canvas = document.createElement('canvas')
      canvas.width = 160
      canvas.height = 120
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2d canvas')
      context.fillStyle = colour
      context.fillRect(0, 0, 160, 120)
      context.fillStyle = '#ffffff'
      context.fillRect(20, 20, 60, 40)
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]
    })
  }, colours)
  return encoded.map((data, index) => ({
    name: `photo-${index + 1}.jpg`,
    mimeType: 'image/jpeg',
    buffer: Buffer.from(data, 'base64'),
  }))
}
