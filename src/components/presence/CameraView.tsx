'use client'

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react'

import type { PresencePageMessages } from '@/i18n/messages/presencePage'

import { CameraIcon } from './presenceIcons'

type Html5QrcodeInstance = import('html5-qrcode').Html5Qrcode

type CameraState = 'off' | 'starting' | 'on' | 'denied' | 'notFound' | 'insecure' | 'failed'

const REMEMBER_KEY = 'taalentio.presence.camera'

/** html5-qrcode rejects with plain strings: sort them into what the person can act on. */
function cameraError(error: unknown): CameraState {
  const text = String(error instanceof Error ? `${error.name} ${error.message}` : error)
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) return 'insecure'
  if (/NotAllowed|Permission|denied/i.test(text)) return 'denied'
  if (/NotFound|DevicesNotFound|Overconstrained|not found/i.test(text)) return 'notFound'
  return 'failed'
}

type CameraViewProps = {
  messages: PresencePageMessages['camera']
  /** Called for every decoded frame; the caller filters repeats. */
  onDecode: (text: string) => void
  /** Called on the tap that turns the camera on (sound may start only after a gesture). */
  onUserStart?: () => void
  /** Drawn over the video (the scan result), the camera keeps running underneath. */
  overlay?: ReactNode
}

/**
 * The back camera, scanning QR codes with html5-qrcode. The scan box is sized to the video
 * (a QR larger than the box never decodes), and the camera stays on between scans.
 */
export function CameraView({ messages, onDecode, onUserStart, overlay }: CameraViewProps) {
  const elementId = `qr-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const scanner = useRef<Html5QrcodeInstance | null>(null)
  const [state, setState] = useState<CameraState>('off')
  const decodeRef = useRef(onDecode)
  decodeRef.current = onDecode

  const stop = useCallback(async () => {
    const current = scanner.current
    scanner.current = null
    if (!current) return
    try {
      if (current.isScanning) await current.stop()
      current.clear()
    } catch {
      // Already stopped (unmount during start): nothing left to release.
    }
  }, [])

  const start = useCallback(async () => {
    if (scanner.current) return
    setState('starting')
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      setState('insecure')
      return
    }
    try {
      const { Html5Qrcode, Html5QrcodeSupportedFormats } = await import('html5-qrcode')
      const instance = new Html5Qrcode(elementId, { verbose: false, formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE] })
      scanner.current = instance
      await instance.start(
        { facingMode: 'environment' },
        {
          fps: 10,
          qrbox: (width, height) => {
            const side = Math.max(120, Math.floor(Math.min(width, height) * 0.8))
            return { width: side, height: side }
          },
          aspectRatio: 1,
        },
        (text) => decodeRef.current(text),
        undefined,
      )
      if (scanner.current !== instance) {
        // Stopped or unmounted while starting.
        await instance.stop().catch(() => undefined)
        return
      }
      window.localStorage.setItem(REMEMBER_KEY, 'on')
      setState('on')
    } catch (error) {
      scanner.current = null
      setState(cameraError(error))
    }
  }, [elementId])

  // A staff member who turned the camera on keeps it on across reloads.
  useEffect(() => {
    // Deferred: React's development double mount must not start two scanners on one element.
    const timer = window.setTimeout(() => {
      if (window.localStorage.getItem(REMEMBER_KEY) === 'on') void start()
    }, 0)
    return () => {
      window.clearTimeout(timer)
      void stop()
    }
  }, [start, stop])

  const turnOn = () => {
    onUserStart?.()
    void start()
  }
  const turnOff = () => {
    window.localStorage.removeItem(REMEMBER_KEY)
    void stop().then(() => setState('off'))
  }

  const problem = state === 'denied' || state === 'notFound' || state === 'insecure' || state === 'failed' ? messages[state] : null

  return (
    <div>
      <div className="relative aspect-square w-full overflow-hidden rounded-3xl bg-ink-950 shadow-card sm:aspect-[4/3] lg:aspect-square">
        <div id={elementId} data-testid="camera" className="absolute inset-0 [&_video]:!h-full [&_video]:!w-full [&_video]:object-cover" />
        {state !== 'on' ? (
          <div className="absolute inset-0 grid place-items-center p-6 text-center">
            <div className="max-w-xs">
              <CameraIcon className="mx-auto size-12 text-ochre-400" />
              {problem ? (
                <p role="alert" className="mt-4 text-base font-medium text-sand-50">
                  {problem}
                </p>
              ) : (
                <p className="mt-4 text-base text-sand-100">{state === 'starting' ? messages.starting : messages.hint}</p>
              )}
              {state !== 'starting' && state !== 'insecure' && state !== 'notFound' ? (
                <button type="button" onClick={turnOn} className="btn btn-on-dark btn-lg mt-6 min-h-14 w-full text-lg">
                  {messages.start}
                </button>
              ) : null}
            </div>
          </div>
        ) : (
          <p className="pointer-events-none absolute inset-x-0 bottom-0 bg-gradient-to-t from-ink-950/80 to-transparent px-4 pt-8 pb-3 text-center text-sm font-medium text-sand-50">
            {messages.hint}
          </p>
        )}
        {overlay}
      </div>
      {state === 'on' ? (
        <button type="button" onClick={turnOff} className="mt-2 w-full rounded-full py-2 text-sm font-semibold text-ink-600 hover:bg-sand-100">
          {messages.stop}
        </button>
      ) : null}
    </div>
  )
}
