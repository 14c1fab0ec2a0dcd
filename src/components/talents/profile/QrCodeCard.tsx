import { format } from '@/i18n'
import type { TalentMessages } from '@/i18n/messages/talents'
import type { QrFormat } from '@/qr/profileQrCode'
import { talentQrCodePath } from '@/qr/talentQrCode'

import { DownloadIcon } from '../TalentIcons'

type QrCodeCardProps = {
  code: string
  messages: TalentMessages['profile']['qr']
  /** The QR endpoints' paths: the talent ones by default, the cinema ones on a cinema profile. */
  qrPath?: (code: string, format: QrFormat, options?: { download?: boolean }) => string
}

/** The profile's QR code (served by /api/<profiles>/:code/qr.svg) with download links. */
export function QrCodeCard({ code, messages, qrPath = talentQrCodePath }: QrCodeCardProps) {
  return (
    <section aria-labelledby="qr-title" className="rounded-3xl bg-white p-6 shadow-card ring-1 ring-ink-900/5">
      <h2 id="qr-title" className="text-lg font-bold text-ink-950">
        {messages.title}
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-ink-600">{messages.text}</p>
      <div className="mt-5 rounded-2xl bg-sand-50 p-4 ring-1 ring-ink-900/5">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={qrPath(code, 'svg')}
          alt={format(messages.alt, { code })}
          width={220}
          height={220}
          className="mx-auto aspect-square w-full max-w-[13.75rem] rounded-lg bg-white"
        />
        <p className="mt-3 text-center font-mono text-sm font-bold tracking-wider text-ink-800">{code}</p>
      </div>
      <p className="mt-5 text-xs font-semibold tracking-[0.12em] text-ink-600 uppercase">{messages.download}</p>
      <div className="mt-2 grid grid-cols-2 gap-2">
        <a
          href={qrPath(code, 'png', { download: true })}
          download={`${code}-qr.png`}
          aria-label={messages.downloadPng}
          title={messages.downloadPng}
          className="btn btn-primary"
        >
          <DownloadIcon className="size-4" />
          PNG
        </a>
        <a
          href={qrPath(code, 'svg', { download: true })}
          download={`${code}-qr.svg`}
          aria-label={messages.downloadSvg}
          title={messages.downloadSvg}
          className="btn btn-secondary"
        >
          <DownloadIcon className="size-4" />
          SVG
        </a>
      </div>
    </section>
  )
}
