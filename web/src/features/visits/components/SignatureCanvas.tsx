import SignaturePad from 'signature_pad'
import { useEffect, useRef, type Ref } from 'react'
import { useI18n } from '../../../i18n'

export interface SignatureHandle {
  isEmpty: () => boolean
  clear: () => void
  toPng: () => string
}

interface Props {
  handle: Ref<SignatureHandle>
  describedBy?: string
  onChange: (empty: boolean) => void
}

// A canvas signed with a finger, a stylus or the mouse (signature_pad handles pointer events and sets
// touch-action: none so a phone does not scroll while signing). It is sized to its box at the screen's
// pixel density, so the strokes stay sharp.
export function SignatureCanvas({ handle, describedBy, onChange }: Props) {
  const { t } = useI18n()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, { penColor: '#0f172a', backgroundColor: '#ffffff' })
    padRef.current = pad
    const resize = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      const strokes = pad.toData()
      canvas.width = canvas.offsetWidth * ratio
      canvas.height = canvas.offsetHeight * ratio
      canvas.getContext('2d')?.scale(ratio, ratio)
      pad.clear()
      pad.fromData(strokes)
    }
    const handleEnd = () => onChangeRef.current(pad.isEmpty())
    resize()
    pad.addEventListener('endStroke', handleEnd)
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      pad.removeEventListener('endStroke', handleEnd)
      pad.off()
      padRef.current = null
    }
  }, [])

  useEffect(() => {
    const value: SignatureHandle = {
      isEmpty: () => padRef.current?.isEmpty() ?? true,
      clear: () => {
        padRef.current?.clear()
        onChangeRef.current(true)
      },
      toPng: () => padRef.current?.toDataURL('image/png') ?? '',
    }
    if (typeof handle === 'function') handle(value)
    else if (handle) handle.current = value
  }, [handle])

  return (
    <canvas
      ref={canvasRef}
      role="img"
      aria-label={t('visits.voucher.canvas')}
      aria-describedby={describedBy}
      data-testid="signature-canvas"
      className="block h-48 w-full touch-none rounded-md border-2 border-dashed border-slate-400 bg-white"
    />
  )
}
