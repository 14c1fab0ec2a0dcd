import type { Metadata } from 'next'

import { CvAnalysisCard } from '@/components/cvAnalysis/CvAnalysisCard'
import { FileReplaceCard } from '@/components/talentSpace/FileReplaceCard'
import { DownloadIcon, FileIcon, ImageIcon, LockIcon } from '@/components/talentSpace/icons'
import { NoTalentProfile } from '@/components/talentSpace/NoTalentProfile'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { format } from '@/i18n'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { TALENT_SPACE_PATHS } from '@/talentSpace/paths'
import { acceptAttribute } from '@/uploads/uploadLimits'
import type { Cv, Photo } from '../../../../payload-types'

import { loadTalentSpace, requireTalentSpace } from '../loadTalentSpace'

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await loadTalentSpace()
  return { title: talentSpaceMessages[locale].meta.filesTitle }
}

const populated = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

function fileSize(locale: Locale, bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : [Math.max(1, bytes / 1024), 'kilobyte']
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value)
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
}

export default async function FilesPage() {
  const space = await requireTalentSpace(TALENT_SPACE_PATHS.files)
  const m = talentSpaceMessages[space.locale]
  if (space.state === 'noProfile') return <NoTalentProfile isStaff={space.isStaff} messages={m.noProfile} />

  const { talent, locale } = space
  const f = m.files
  const photo = populated<Photo>(talent.photo)
  const cv = populated<Cv>(talent.cv)
  const photoSrc = photo?.sizes?.profile?.url || photo?.sizes?.card?.url || photo?.url
  const extension = (cv?.mimeType && EXTENSIONS[cv.mimeType]) || cv?.filename?.split('.').pop() || 'pdf'
  // Stored files get a UUID name; the talent downloads theirs under a readable one.
  const cvName = `CV-${talent.code}.${extension}`
  const uploadedOn = cv ? new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long' }).format(new Date(cv.createdAt)) : ''
  const shared = { ...f, network: m.common.network, unknown: m.common.unknown }

  return (
    <>
      <PageHeader eyebrow={m.shell.eyebrow} title={f.title} intro={f.intro} />
      <div className="space-y-5">
        <FileReplaceCard
          kind="photo"
          title={f.photo.title}
          hint={f.photo.hint}
          accept={acceptAttribute('photo')}
          inputLabel={f.photo.inputLabel}
          submitLabel={photo ? f.photo.replace : f.photo.add}
          successMessage={f.photo.success}
          messages={shared}
          icon={<ImageIcon className="size-6" />}
          layout="side"
          current={
            photoSrc ? (
              <img src={photoSrc} alt={f.photo.alt} className="aspect-[4/5] w-40 rounded-2xl bg-sand-200 object-cover ring-1 ring-ink-900/5 md:w-full" />
            ) : (
              <p className="grid aspect-[4/5] w-40 place-items-center md:w-full rounded-2xl border-2 border-dashed border-ink-900/15 bg-sand-50 px-4 text-center text-sm text-ink-600">
                {f.photo.none}
              </p>
            )
          }
        />
        <FileReplaceCard
          kind="cv"
          title={f.cv.title}
          hint={f.cv.hint}
          accept={acceptAttribute('cv')}
          inputLabel={f.cv.inputLabel}
          submitLabel={cv ? f.cv.replace : f.cv.add}
          successMessage={f.cv.success}
          messages={shared}
          icon={<FileIcon className="size-6" />}
          current={
            cv?.url ? (
              <div className="flex flex-col gap-4 rounded-2xl bg-sand-50 p-4 ring-1 ring-ink-900/5 sm:flex-row sm:items-center">
                <span className="grid h-14 w-11 shrink-0 place-items-center rounded-lg bg-white text-[0.65rem] font-extrabold tracking-wide text-terracotta-700 uppercase shadow-sm ring-1 ring-ink-900/10">
                  {extension}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{f.cv.current}</p>
                  <p className="truncate font-semibold text-ink-950" data-testid="cv-name">
                    {cvName}
                  </p>
                  <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-ink-600">
                    <span>{cv.filesize ? fileSize(locale, cv.filesize) : null}</span>
                    <span aria-hidden="true">·</span>
                    <span>{format(f.cv.uploadedOn, { date: uploadedOn })}</span>
                    <span aria-hidden="true">·</span>
                    <span className="inline-flex items-center gap-1">
                      <LockIcon className="size-3.5" />
                      {f.cv.privateNote}
                    </span>
                  </p>
                </div>
                {/* Payload serves the file only to its owner and staff (the collection's read access). */}
                <a href={cv.url} download={cvName} className="btn btn-secondary shrink-0">
                  <DownloadIcon className="size-4" />
                  {f.cv.download}
                  <span className="sr-only"> {cvName}</span>
                </a>
              </div>
            ) : (
              <p className="rounded-2xl border-2 border-dashed border-ink-900/15 bg-sand-50 px-4 py-6 text-center text-sm text-ink-600">{f.cv.none}</p>
            )
          }
        />
        {cv ? <CvAnalysisCard locale={locale} status={cv.analysis?.status} score={(cv.analysis?.result as { score?: number } | null)?.score} /> : null}
      </div>
    </>
  )
}
