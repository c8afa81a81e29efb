// The same count as the server (src/sms/sms_segments.cpp): GSM 03.38 texts go 160 septets in one SMS or
// 153 per part (€ [ ] { } ^ ~ | \ count twice); any other character switches the whole text to UCS-2,
// 70 UTF-16 units in one SMS or 67 per part.
const GSM_BASIC = new Set(
  Array.from(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ),
)
const GSM_EXTENSION = new Set(Array.from('\f^{}\\[~]|€'))

export interface SegmentCount {
  encoding: 'gsm7' | 'ucs2'
  units: number
  segments: number
  perSegment: number
}

function parts(units: number, single: number, perPart: number) {
  if (units === 0) return 0
  return units <= single ? 1 : Math.ceil(units / perPart)
}

export function countSegments(text: string): SegmentCount {
  let septets = 0
  for (const character of text) {
    if (GSM_BASIC.has(character)) septets += 1
    else if (GSM_EXTENSION.has(character)) septets += 2
    else {
      const units = text.length // UTF-16 code units, as the network counts them
      return { encoding: 'ucs2', units, segments: parts(units, 70, 67), perSegment: units <= 70 ? 70 : 67 }
    }
  }
  return { encoding: 'gsm7', units: septets, segments: parts(septets, 160, 153), perSegment: septets <= 160 ? 160 : 153 }
}

export const MAX_SEGMENTS = 10
