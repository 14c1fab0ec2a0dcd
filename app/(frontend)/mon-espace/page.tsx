import Link from 'next/link'

import { CheckIcon } from '@/components/icons'
import { CinemaSpaceCard } from '@/components/talentSpace/CinemaSpaceCard'
import { CopyCodeButton } from '@/components/talentSpace/CopyCodeButton'
import { DownloadIcon, ExternalIcon, EyeIcon, EyeOffIcon, MapPinIcon, PencilIcon } from '@/components/talentSpace/icons'
import { NoTalentProfile } from '@/components/talentSpace/NoTalentProfile'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { TalentAvatar } from '@/components/talentSpace/TalentAvatar'
import { format } from '@/i18n'
import { INTL_LOCALE } from '@/i18n/locales'
import { cinemaProfileMessages } from '@/i18n/messages/cinemaProfile'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { publicProfileUrl } from '@/qr/publicProfileUrl'
import { qrSvg } from '@/qr/qrCode'
import { profileCompleteness } from '@/talentSpace/profileCompleteness'
import { publicProfilePath, qrCodeDownloadPath, TALENT_SPACE_PATHS } from '@/talentSpace/paths'
import { LANGUAGE_LEVEL_OPTIONS, PUBLISHABLE_PARTS } from '@/talents/profileOptions'
import type { Category, City, Country, Language } from '../../../payload-types'

import { requireTalentSpace } from './loadTalentSpace'

const populated = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

/** The talent's code in its four parts (country, gender, number, city), as on the home page. */
function CodeSegments({ code }: { code: string }) {
  const parts = [
    { text: code.slice(0, 2), tone: 'bg-terracotta-600 text-white' },
    { text: code.slice(2, 3), tone: 'bg-ochre-400 text-ink-950' },
    { text: code.slice(3, 7), tone: 'bg-sand-50 text-ink-950' },
    { text: code.slice(7), tone: 'bg-forest-600 text-white' },
  ]
  return (
    <p className="mt-4 font-mono text-[1.7rem] leading-none font-bold tracking-wider min-[400px]:text-3xl sm:text-4xl md:text-[2rem] xl:text-4xl">
      <span className="sr-only">{code}</span>
      <span aria-hidden="true" className="flex flex-wrap gap-1.5">
        {parts.map((part, index) => (
          <span key={index} className={`rounded-lg px-2 py-2 sm:px-2.5 ${part.tone}`}>
            {part.text}
          </span>
        ))}
      </span>
    </p>
  )
}

export default async function TalentSpaceOverviewPage() {
  const space = await requireTalentSpace(TALENT_SPACE_PATHS.overview)
  const m = talentSpaceMessages[space.locale]
  const cinemaMessages = cinemaProfileMessages[space.locale].space
  const cinemaCard = space.cinema ? (
    <CinemaSpaceCard cinema={space.cinema} locale={space.locale} messages={cinemaMessages.cinemaCard} newTab={m.common.opensInNewTab} />
  ) : null
  if (space.state === 'noProfile') {
    if (!space.cinema) return <NoTalentProfile isStaff={space.isStaff} messages={m.noProfile} />
    // A cinema profile alone: its card, and where the main talent profile would be, a word about it.
    return (
      <>
        <PageHeader eyebrow={m.shell.eyebrow} title={format(cinemaMessages.onlyCinema.title, { name: space.cinema.name })} intro={cinemaMessages.onlyCinema.intro} />
        {cinemaCard}
        <p className="rounded-2xl bg-sand-100 px-5 py-4 text-sm leading-relaxed text-ink-700">{cinemaMessages.onlyCinema.noTalentProfile}</p>
      </>
    )
  }

  const { talent, locale } = space
  const o = m.overview
  const code = talent.code ?? ''
  const name = (labels: { nameFr: string; nameEn: string } | null) => (labels ? (locale === 'en' ? labels.nameEn : labels.nameFr) : null)
  const city = populated<City>(talent.city)
  const country = populated<Country>(talent.country)
  const categories = (talent.categories ?? []).map((c) => name(populated<Category>(c))).filter(Boolean)
  const languages = (talent.languages ?? []).map((entry) => {
    const level = LANGUAGE_LEVEL_OPTIONS.find((option) => option.value === entry.level)?.label[locale]
    return `${name(populated<Language>(entry.language)) ?? ''}${level ? ` (${level.toLowerCase()})` : ''}`
  })
  const fullName = `${talent.firstName} ${talent.lastName}`
  const publicUrl = publicProfileUrl(publicProfilePath(code))
  const qr = `data:image/svg+xml;base64,${Buffer.from(await qrSvg(publicUrl)).toString('base64')}`
  const shownParts = PUBLISHABLE_PARTS.filter((part) => talent.publicParts?.includes(part.value))
  const completeness = profileCompleteness(talent)
  const memberSince = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric' }).format(new Date(talent.createdAt))
  const newTab = <span className="sr-only"> {m.common.opensInNewTab}</span>

  return (
    <>
      <PageHeader eyebrow={m.shell.eyebrow} title={format(o.greeting, { name: talent.stageName || talent.firstName })} intro={o.intro} />

      <section aria-labelledby="overview-code" className="relative isolate mb-5 overflow-hidden rounded-3xl bg-ink-950 text-sand-50 shadow-card">
        <div aria-hidden="true" className="pattern-weave absolute inset-x-0 bottom-0 -z-10 h-2.5" />
        <div aria-hidden="true" className="absolute -top-24 -left-16 -z-10 size-72 rounded-full bg-terracotta-600/30 blur-3xl" />
        <div className="grid gap-6 p-5 pb-7 sm:p-7 sm:pb-9 md:grid-cols-[minmax(0,1fr)_auto] md:items-center md:gap-10">
          <div className="min-w-0">
            <h2 id="overview-code" className="text-xs font-semibold tracking-[0.16em] text-ochre-400 uppercase">
              {o.code.eyebrow}
            </h2>
            <CodeSegments code={code} />
            <p className="mt-4 max-w-md text-sm leading-relaxed text-ink-300">{o.code.text}</p>
            <div className="mt-5 flex flex-wrap items-center gap-3">
              <CopyCodeButton code={code} labels={o.code} />
              <a href={publicProfilePath(code)} target="_blank" rel="noopener" className="btn btn-ghost-on-dark">
                <ExternalIcon className="size-4" />
                {o.publicProfile.view}
                {newTab}
              </a>
            </div>
            {talent.isPublic ? null : <p className="mt-3 text-xs text-ink-400">{o.publicProfile.privateNote}</p>}
          </div>

          <div className="flex flex-col gap-4 rounded-2xl bg-white/5 p-4 ring-1 ring-white/10 min-[420px]:flex-row min-[420px]:items-center md:w-[21rem]">
            {/* Drawn here from the public address, so the preview works even while the profile is private. */}
            <img src={qr} alt={format(o.qr.alt, { code })} width={128} height={128} className="size-32 shrink-0 rounded-xl bg-white p-1" />
            <div className="min-w-0">
              <h3 className="font-bold text-sand-50">{o.qr.title}</h3>
              <p className="mt-1 text-sm leading-relaxed text-ink-300">{o.qr.text}</p>
              <ul className="mt-3 flex flex-wrap gap-2">
                <li>
                  <a href={qrCodeDownloadPath(code, 'png')} download={`${code}-qr.png`} aria-label={o.qr.downloadPng} title={o.qr.pngHint} className="inline-flex items-center gap-1.5 rounded-full bg-ochre-400 px-3.5 py-2 text-sm font-semibold text-ink-950 hover:bg-ochre-300">
                    <DownloadIcon className="size-4" />
                    PNG
                  </a>
                </li>
                <li>
                  <a href={qrCodeDownloadPath(code, 'svg')} download={`${code}-qr.svg`} aria-label={o.qr.downloadSvg} title={o.qr.svgHint} className="inline-flex items-center gap-1.5 rounded-full px-3.5 py-2 text-sm font-semibold text-sand-50 ring-1 ring-sand-50/30 ring-inset hover:bg-white/10">
                    <DownloadIcon className="size-4" />
                    SVG
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </section>

      {cinemaCard}

      <div className="grid grid-cols-1 gap-5 lg:grid-cols-5">
        <section aria-labelledby="overview-profile" className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6 lg:col-span-3">
          <div className="flex flex-col gap-5 sm:flex-row">
            <div className="w-32 shrink-0 sm:w-40">
              <TalentAvatar talent={talent} size="lg" alt={format(o.photoAlt, { name: talent.displayName ?? fullName })} />
            </div>
            <div className="min-w-0 flex-1">
              <h2 id="overview-profile" className="text-2xl font-extrabold tracking-tight text-ink-950">
                {talent.displayName}
              </h2>
              {talent.stageName ? <p className="text-sm text-ink-600">{fullName}</p> : null}
              {city || country ? (
                <p className="mt-2 flex items-center gap-1.5 text-sm text-ink-700">
                  <MapPinIcon className="size-4 shrink-0 text-terracotta-600" />
                  {[city?.name, country ? `${name(country)} ${country.flag ?? ''}`.trim() : null].filter(Boolean).join(', ')}
                </p>
              ) : null}
              <dl className="mt-4 space-y-3 text-sm">
                <div>
                  <dt className="sr-only">{o.details.categories}</dt>
                  <dd className="flex flex-wrap gap-1.5">
                    {categories.map((category) => (
                      <span key={category} className="rounded-full bg-terracotta-50 px-2.5 py-1 text-xs font-semibold text-terracotta-800">
                        {category}
                      </span>
                    ))}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{o.details.languages}</dt>
                  <dd className="mt-0.5 text-ink-800">{languages.length ? languages.join(' · ') : o.details.none}</dd>
                </div>
                <div>
                  <dt className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{o.details.memberSince}</dt>
                  <dd className="mt-0.5 text-ink-800">{memberSince}</dd>
                </div>
              </dl>
              <div className="mt-5 flex flex-wrap gap-2">
                <Link href={TALENT_SPACE_PATHS.profile} className="btn btn-primary">
                  <PencilIcon className="size-4" />
                  {o.editProfile}
                </Link>
                <Link href={TALENT_SPACE_PATHS.files} className="btn btn-secondary">
                  {o.changePhoto}
                </Link>
              </div>
            </div>
          </div>
        </section>

        <section aria-labelledby="overview-visibility" className="flex flex-col rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6 lg:col-span-2">
          <div className="flex items-start gap-4">
            <span className={`grid size-11 shrink-0 place-items-center rounded-xl ${talent.isPublic ? 'bg-forest-600/10 text-forest-600' : 'bg-sand-100 text-ink-600'}`}>
              {talent.isPublic ? <EyeIcon className="size-6" /> : <EyeOffIcon className="size-6" />}
            </span>
            <div className="min-w-0">
              <h2 id="overview-visibility" className="text-xs font-semibold tracking-wide text-ink-500 uppercase">
                {o.visibility.title}
              </h2>
              <p className="mt-0.5 text-lg font-bold text-ink-950">{talent.isPublic ? o.visibility.publicTitle : o.visibility.privateTitle}</p>
              <p className="mt-1 text-sm text-ink-600">{talent.isPublic ? o.visibility.publicText : o.visibility.privateText}</p>
            </div>
          </div>
          {talent.isPublic ? (
            <div className="mt-4">
              <p className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{o.visibility.shownParts}</p>
              <ul className="mt-2 flex flex-wrap gap-1.5">
                {shownParts.length === 0 ? <li className="text-sm text-ink-600">{o.visibility.noParts}</li> : null}
                {shownParts.map((part) => (
                  <li key={part.value} className="inline-flex items-center gap-1 rounded-full bg-sand-100 px-2.5 py-1 text-xs font-semibold text-ink-800">
                    <CheckIcon className="size-3.5 text-forest-600" strokeWidth={2.5} />
                    {part.label[locale]}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="mt-auto flex flex-wrap gap-2 pt-5">
            <Link href={TALENT_SPACE_PATHS.visibility} className={talent.isPublic ? 'btn btn-secondary' : 'btn btn-primary'}>
              {talent.isPublic ? o.visibility.manage : o.visibility.makePublic}
            </Link>
          </div>
        </section>

        <section aria-labelledby="overview-completeness" className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6 lg:col-span-5">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <h2 id="overview-completeness" className="text-lg font-bold tracking-tight text-ink-950">
              {completeness.percent === 100 ? o.completeness.done : o.completeness.title}
            </h2>
            <p className="text-sm font-semibold text-ink-700">{format(o.completeness.progress, { percent: completeness.percent })}</p>
          </div>
          <div className="mt-3 h-2.5 overflow-hidden rounded-full bg-sand-100" role="progressbar" aria-labelledby="overview-completeness" aria-valuemin={0} aria-valuemax={100} aria-valuenow={completeness.percent}>
            <div className="h-full rounded-full bg-linear-to-r from-terracotta-600 to-ochre-400" style={{ width: `${completeness.percent}%` }} />
          </div>
          {completeness.percent === 100 ? null : (
            <ul className="mt-5 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {completeness.items.map((item) => (
                <li key={item.key}>
                  <Link
                    href={item.key === 'photo' || item.key === 'cv' ? TALENT_SPACE_PATHS.files : TALENT_SPACE_PATHS.profile}
                    className={`flex items-center gap-3 rounded-xl px-3 py-2.5 text-sm font-medium ring-1 ring-inset transition-colors ${
                      item.done ? 'text-ink-600 ring-ink-900/5' : 'text-ink-900 ring-ink-900/15 hover:bg-sand-50'
                    }`}
                  >
                    <span className={`grid size-6 shrink-0 place-items-center rounded-full ${item.done ? 'bg-forest-600 text-white' : 'border-2 border-dashed border-ink-300'}`}>
                      {item.done ? <CheckIcon className="size-3.5" strokeWidth={3} /> : null}
                    </span>
                    <span className={item.done ? 'line-through decoration-ink-300' : ''}>{o.completeness.items[item.key]}</span>
                    <span className="sr-only">({item.done ? o.completeness.doneLabel : o.completeness.todoLabel})</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}
