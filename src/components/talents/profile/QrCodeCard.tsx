import { format } from '@/i18n'
import type { TalentMessages } from '@/i18n/messages/talents'
import { talentQrCodePath } from '@/qr/talentQrCode'

import { DownloadIcon } from '../TalentIcons'

/** The profile's QR code (served by /api/talents/:code/qr.svg) with download links. */
export function QrCodeCard({ code, messages }: { code: string; messages: TalentMessages['profile']['qr'] }) {
  return (
    <section aria-labelledby="qr-title" className="rounded-3xl bg-white p-6 shadow-card ring-1 ring-ink-900/5">
      <h2 id="qr-title" className="text-lg font-bold text-ink-950">
        {messages.title}
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-ink-600">{messages.text}</p>
      <div className="mt-5 rounded-2xl bg-sand-50 p-4 ring-1 ring-ink-900/5">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={talentQrCodePath(code, 'svg')}
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
          href={talentQrCodePath(code, 'png', { download: true })}
          download={`${code}-qr.png`}
          aria-label={messages.downloadPng}
          title={messages.downloadPng}
          className="btn btn-primary"
        >
          <DownloadIcon className="size-4" />
          PNG
        </a>
        <a
          href={talentQrCodePath(code, 'svg', { download: true })}
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
