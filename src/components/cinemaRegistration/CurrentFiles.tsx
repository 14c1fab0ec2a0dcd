'use client'

import { format, formatNumber, type Locale } from '@/i18n'
import { INTL_LOCALE } from '@/i18n/locales'

import type { EditFilesProps } from './sections/types'

/** The main photo already on the profile, beside the picker that replaces it (edit mode). */
export function CurrentPhoto({ edit }: { edit: EditFilesProps }) {
  const { existing, messages } = edit
  return (
    <figure className="w-28 shrink-0">
      <figcaption className="text-sm font-semibold text-ink-900">{messages.currentPhoto}</figcaption>
      {existing.photo ? (
        <img
          src={existing.photo.url}
          alt={messages.currentPhotoAlt}
          data-testid="current-photo"
          className="mt-2 aspect-[4/5] w-28 rounded-2xl object-cover shadow-sm ring-1 ring-ink-900/10"
        />
      ) : (
        <p className="mt-2 grid aspect-[4/5] w-28 place-items-center rounded-2xl bg-sand-100 p-2 text-center text-xs text-ink-600">{messages.noPhoto}</p>
      )}
    </figure>
  )
}

function fileSize(locale: Locale, bytes: number): string {
  const megabytes = bytes / 1024 / 1024
  if (megabytes >= 1) return `${formatNumber(locale, Math.round(megabytes * 10) / 10)} ${locale === 'fr' ? 'Mo' : 'MB'}`
  return `${formatNumber(locale, Math.max(1, Math.round(bytes / 1024)))} ${locale === 'fr' ? 'Ko' : 'KB'}`
}

/** The CV already on the profile: open it, or mark it for removal (undone before saving). */
export function CurrentCv({ edit, locale }: { edit: EditFilesProps; locale: Locale }) {
  const { existing, messages, removeCv, onRemoveCv } = edit
  const cv = existing.cv
  if (!cv) return null
  const added = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(cv.addedAt))
  return (
    <div data-testid="current-cv" data-removed={removeCv || undefined} className={`flex flex-wrap items-center gap-3 rounded-2xl p-3 ring-1 sm:p-4 ${removeCv ? 'bg-sand-100 ring-ink-900/10' : 'bg-white ring-ink-900/15'}`}>
      <span aria-hidden="true" className="grid h-14 w-11 shrink-0 place-items-center rounded-lg bg-sand-100 text-xs font-bold tracking-wide text-ink-600 uppercase ring-1 ring-ink-900/10">
        {cv.name.split('.').pop()}
      </span>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold text-ink-900">{messages.currentCv}</p>
        <p className={`text-sm ${removeCv ? 'text-terracotta-800' : 'text-ink-600'}`}>
          {removeCv ? messages.cvRemoved : format(messages.cvDetails, { size: cv.bytes ? fileSize(locale, cv.bytes) : cv.name, date: added })}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        {removeCv ? (
          <button type="button" onClick={() => onRemoveCv(false)} className="btn btn-secondary px-4 py-1.5">
            {messages.undo}
          </button>
        ) : (
          <>
            <a href={cv.url} target="_blank" rel="noopener" className="btn btn-secondary px-4 py-1.5">
              {messages.openCv}
            </a>
            <button type="button" onClick={() => onRemoveCv(true)} className="btn px-4 py-1.5 text-terracotta-700 hover:bg-terracotta-50">
              {messages.removeCv}
            </button>
          </>
        )}
      </div>
    </div>
  )
}
