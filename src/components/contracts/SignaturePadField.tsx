'use client'

import SignaturePad from 'signature_pad'
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'

export type SignaturePadHandle = {
  isEmpty: () => boolean
  /** The drawing as a PNG data URL, trimmed of nothing: the canvas as the person saw it. */
  toPng: () => string | null
  clear: () => void
}

type SignaturePadFieldProps = {
  label: string
  hint: string
  clearLabel: string
  describedBy?: string
  invalid?: boolean
  onChange?: (empty: boolean) => void
}

/**
 * A signature drawn with a finger, a stylus or the mouse (signature_pad). The canvas is sized
 * to its box times the device pixel ratio, so strokes stay sharp on high-DPI screens, and is
 * redrawn from its points when the box changes size (rotation, resize) instead of being lost.
 */
export const SignaturePadField = forwardRef<SignaturePadHandle, SignaturePadFieldProps>(function SignaturePadField(
  { label, hint, clearLabel, describedBy, invalid, onChange },
  ref,
) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, { penColor: '#141110', backgroundColor: 'rgba(255,255,255,0)', minWidth: 0.8, maxWidth: 2.6 })
    padRef.current = pad
    const endStroke = () => onChangeRef.current?.(pad.isEmpty())
    pad.addEventListener('endStroke', endStroke)

    let lastWidth = 0
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      const { width, height } = canvas.getBoundingClientRect()
      if (!width || (width === lastWidth && canvas.height === Math.round(height * ratio))) return
      lastWidth = width
      const data = pad.toData()
      canvas.width = Math.round(width * ratio)
      canvas.height = Math.round(height * ratio)
      canvas.getContext('2d')?.scale(ratio, ratio)
      // Resizing a canvas wipes it: draw the same points again at the new size.
      pad.clear()
      if (data.length) pad.fromData(data)
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(canvas)
    return () => {
      observer.disconnect()
      pad.removeEventListener('endStroke', endStroke)
      pad.off()
      padRef.current = null
    }
  }, [])

  useImperativeHandle(ref, () => ({
    isEmpty: () => padRef.current?.isEmpty() ?? true,
    toPng: () => (padRef.current && !padRef.current.isEmpty() ? padRef.current.toDataURL('image/png') : null),
    clear: () => {
      padRef.current?.clear()
      onChangeRef.current?.(true)
    },
  }))

  return (
    <div>
      <div
        className={`relative overflow-hidden rounded-2xl bg-white ring-1 ring-inset ${invalid ? 'ring-2 ring-terracotta-600' : 'ring-ink-900/20'}`}
      >
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={label}
          aria-describedby={describedBy}
          data-testid="signature-pad"
          className="block h-48 w-full cursor-crosshair touch-none select-none sm:h-52"
        />
        {/* The baseline a hand signs on. */}
        <div aria-hidden="true" className="pointer-events-none absolute inset-x-6 bottom-10 border-b border-dashed border-ink-300" />
        <span aria-hidden="true" className="pointer-events-none absolute bottom-10 left-6 translate-y-1/2 bg-white pr-1 text-lg text-ink-400">
          ×
        </span>
        <button
          type="button"
          onClick={() => {
            padRef.current?.clear()
            onChangeRef.current?.(true)
          }}
          className="absolute top-2 right-2 inline-flex min-h-10 items-center rounded-full bg-white/90 px-3.5 text-sm font-semibold text-ink-800 ring-1 ring-ink-900/15 hover:bg-sand-100"
        >
          {clearLabel}
        </button>
      </div>
      <p className="mt-2 text-sm text-ink-600">{hint}</p>
    </div>
  )
})
