import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { getSignedInUser } from '@/auth/getSignedInUser'
import { CONTACT_LIMITS } from '@/cinema/contactMessage'
import {
  CINEMA_MESSAGES_PATH,
  cinemaProfileAdminPath,
  cinemaProfilePath,
  findCinemaProfile,
  toCinemaProfileView,
  type CinemaProfileView,
} from '@/cinema/publicProfile'
import { CINEMA_SPACE_PATH } from '@/cinemaSpace/paths'
import { CINEMA_SECTION_TITLES, SECTION_COLOURS, type CinemaSectionKey } from '@/cinema/sectionColours'
import { normalizeCode, parseCinemaCode } from '@/codes/formats'
import { CinemaCode } from '@/components/cinemaProfile/CinemaCode'
import { CinemaSection, cinemaSectionAnchor, Fact, PrivateFact, PrivateFacts } from '@/components/cinemaProfile/CinemaSection'
import { ContactForm } from '@/components/cinemaProfile/ContactForm'
import { Filmography } from '@/components/cinemaProfile/Filmography'
import { Gallery } from '@/components/cinemaProfile/Gallery'
import { CopyCodeButton } from '@/components/talentSpace/CopyCodeButton'
import { HiddenFromPublic } from '@/components/talents/profile/HiddenFromPublic'
import { LanguageList } from '@/components/talents/profile/LanguageList'
import { QrCodeCard } from '@/components/talents/profile/QrCodeCard'
import { ChatIcon, LockIcon, PinIcon } from '@/components/talents/TalentIcons'
import { TalentPortrait } from '@/components/talents/TalentPortrait'
import { format, plural, type Locale } from '@/i18n'
import { canExportTalents } from '@/exports/exportAccess'
import { getLocale } from '@/i18n/getLocale'
import { getExportMessages } from '@/i18n/messages/exports'
import { getCinemaProfileMessages, type CinemaProfileMessages } from '@/i18n/messages/cinemaProfile'
import { cinemaQrCodePath } from '@/qr/cinemaQrCode'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import { absoluteUrl } from '@/talents/talentPhoto'

type ProfilePageProps = {
  params: Promise<{ code: string }>
  searchParams: Promise<{ contact?: string }>
}

/** One lookup per request, shared by the metadata and the page; as the signed-in person sees it. */
const loadProfile = cache(async (code: string, locale: Locale): Promise<CinemaProfileView | null> => {
  const [payload, user] = await Promise.all([getPayload({ config }), getSignedInUser()])
  const found = await findCinemaProfile(payload, code, user)
  return found ? toCinemaProfileView(found.talent, { locale, viewer: found.viewer }) : null
})

function metaDescription(view: CinemaProfileView, m: CinemaProfileMessages['meta']): string {
  const values = { name: view.name, code: view.code, categories: view.categories.join(', ') }
  const city = view.location && !view.location.hidden ? view.location.value.city : undefined
  return city ? format(m.descriptionWithCity, { ...values, city }) : format(m.description, values)
}

export async function generateMetadata({ params }: ProfilePageProps): Promise<Metadata> {
  const [{ code }, locale] = await Promise.all([params, getLocale()])
  const view = parseCinemaCode(code) ? await loadProfile(normalizeCode(code), locale) : null
  if (!view) return { robots: { index: false } }

  const m = getCinemaProfileMessages(locale).meta
  const title = format(m.title, { name: view.name, code: view.code })
  const description = metaDescription(view, m)
  const url = cinemaProfileUrl(view.code)
  // The photo only while the profile is public (a private one's photo is not readable by
  // the crawlers that fetch it); otherwise the branded card drawn for this profile.
  const image =
    view.isPublic && view.ogImage
      ? { url: absoluteUrl(view.ogImage.url), width: view.ogImage.width ?? 1200, height: view.ogImage.height ?? 630, alt: format(getCinemaProfileMessages(locale).profile.photoAlt, { name: view.name }) }
      : { url: absoluteUrl(`${cinemaProfilePath(view.code)}/image-partage`), width: 1200, height: 630, alt: format(m.fallbackImageAlt, { code: view.code }) }
  return {
    title,
    description,
    alternates: { canonical: url },
    // Seen by its owner and staff only: never indexed.
    robots: view.isPublic ? undefined : { index: false, follow: false },
    openGraph: { type: 'profile', url, title, description, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  }
}

const SECTION_ORDER: CinemaSectionKey[] = ['identity', 'contact', 'physical', 'languages', 'roles', 'skills', 'experience', 'availability', 'media']

export default async function CinemaProfilePage({ params, searchParams }: ProfilePageProps) {
  const [{ code: requested }, { contact: contactResult }, locale] = await Promise.all([params, searchParams, getLocale()])
  if (!parseCinemaCode(requested)) notFound()
  const code = normalizeCode(requested)
  // One address per profile: /cinema/profile/ciabj00001f → /cinema/profile/CIABJ00001F.
  if (code !== requested) permanentRedirect(cinemaProfilePath(code))

  const view = await loadProfile(code, locale)
  if (!view) notFound()
  // The one-page PDF sheet: staff who may export (admin, seo), see src/exports/exportAccess.
  const ficheHref = view.viewer === 'staff' && canExportTalents(await getSignedInUser()) ? `/api/cinema-talents/${encodeURIComponent(code)}/fiche.pdf` : null

  const messages = getCinemaProfileMessages(locale)
  const t = messages.profile
  const titles = Object.fromEntries(SECTION_ORDER.map((key) => [key, CINEMA_SECTION_TITLES[key][locale]])) as Record<CinemaSectionKey, string>
  // Visitors never get hidden parts; the owner and staff see them marked — except on a
  // private profile, where the banner already says that nothing is public.
  const hiddenLabel = view.viewer !== 'public' && view.isPublic ? t.hiddenFromPublic : undefined
  const hiddenMark = (hidden: boolean | undefined) => (hidden && hiddenLabel ? <HiddenFromPublic label={hiddenLabel} /> : undefined)
  const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? t.yes : t.no)
  const newTab = t.opensInNewTab
  const { age, nationality, location, physical, languages, skills, experience, availability, media, privateDetails: secret } = view
  const showPrivate = Boolean(secret)
  const editHref = view.viewer === 'staff' ? cinemaProfileAdminPath(view.id) : CINEMA_SPACE_PATH

  const shown: Record<CinemaSectionKey, boolean> = {
    identity: true,
    contact: true,
    physical: Boolean(physical),
    languages: Boolean(languages),
    roles: view.categories.length > 0 || view.roleTypes.length > 0 || Boolean(view.playingAge),
    skills: Boolean(skills),
    experience: Boolean(experience),
    availability: Boolean(availability) || showPrivate,
    media: Boolean(media) || Boolean(secret?.cvUrl),
  }
  const playingAge = view.playingAge
    ? view.playingAge.min != null && view.playingAge.max != null
      ? format(messages.profile.roles.playingAgeRange, { min: view.playingAge.min, max: view.playingAge.max })
      : view.playingAge.min != null
        ? format(messages.profile.roles.playingAgeFrom, { min: view.playingAge.min })
        : format(messages.profile.roles.playingAgeTo, { max: view.playingAge.max ?? '' })
    : undefined

  return (
    <div className="pb-16 sm:pb-24">
      {view.viewer !== 'public' ? (
        <div role="status" className={`border-b ${view.isPublic ? 'border-ink-900/10 bg-sand-100' : 'border-ochre-400/50 bg-ochre-200/70'}`}>
          <div className="container-page flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="flex items-start gap-3">
              {view.isPublic ? null : (
                <span className="grid size-9 shrink-0 place-items-center rounded-full bg-ink-900 text-ochre-300">
                  <LockIcon className="size-5" />
                </span>
              )}
              <div>
                <p className="font-bold text-ink-950">
                  {view.isPublic
                    ? view.viewer === 'owner'
                      ? t.ownerNote.title
                      : t.staffNote.title
                    : view.viewer === 'owner'
                      ? t.privateBanner.owner
                      : t.privateBanner.staff}
                </p>
                <p className="text-sm text-ink-700">{view.isPublic ? (view.viewer === 'owner' ? t.ownerNote.text : t.staffNote.text) : t.privateBanner.text}</p>
              </div>
            </div>
            {ficheHref ? (
              <a href={ficheHref} className="btn btn-secondary shrink-0" download>
                {getExportMessages(locale).menu.fiche}
              </a>
            ) : null}
            {/* The admin panel lives under another root layout: a full page load. */}
            <a href={editHref} className="btn btn-secondary shrink-0">
              {view.viewer === 'staff' ? t.editInAdmin : t.edit}
            </a>
          </div>
        </div>
      ) : null}

      <div className="relative isolate">
        <div
          aria-hidden="true"
          className="absolute inset-x-0 top-0 -z-10 h-[30rem] bg-[radial-gradient(50rem_26rem_at_85%_-10%,var(--color-terracotta-100),transparent_70%),radial-gradient(30rem_20rem_at_5%_30%,var(--color-ochre-200),transparent_70%)]"
        />
        <div className="container-page pt-6 sm:pt-8">
          <article aria-labelledby="cinema-name" className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-10">
            <div className="flex min-w-0 flex-col gap-6">
              <header className="relative isolate overflow-hidden rounded-[2rem] bg-ink-950 text-sand-50 shadow-card">
                <div aria-hidden="true" className="pattern-weave absolute inset-x-0 bottom-0 h-2.5" />
                <div aria-hidden="true" className="absolute -top-24 -right-16 -z-10 size-72 rounded-full bg-terracotta-600/30 blur-3xl" />
                <div className="grid gap-6 p-5 pb-8 sm:grid-cols-[12rem_minmax(0,1fr)] sm:items-center sm:p-7 sm:pb-9 md:grid-cols-[14rem_minmax(0,1fr)]">
                  <div className="relative mx-auto w-full max-w-[13rem] sm:max-w-none">
                    <div aria-hidden="true" className="absolute inset-0 -z-10 translate-x-2 translate-y-2 rotate-2 rounded-[1.5rem] bg-ochre-400" />
                    <TalentPortrait photo={view.photo} name={view.name} alt={format(t.photoAlt, { name: view.name })} priority className="rounded-[1.5rem] ring-1 ring-white/10" />
                  </div>
                  <div className="min-w-0">
                    <p className="text-xs font-semibold tracking-[0.16em] text-ochre-400 uppercase">{t.eyebrow}</p>
                    <h1 id="cinema-name" className="mt-2 text-4xl leading-[1.05] font-extrabold tracking-tight text-balance text-sand-50 sm:text-5xl">
                      {view.name}
                    </h1>
                    {view.categories.length ? (
                      <ul aria-label={t.categories} className="mt-4 flex flex-wrap gap-2">
                        {view.categories.map((category) => (
                          <li key={category} className="rounded-full bg-terracotta-600 px-3 py-1 text-xs font-semibold tracking-wide text-white uppercase">
                            {category}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {location ? (
                      <p className="mt-4 flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sand-100">
                        <PinIcon className="size-5 text-ochre-400" />
                        <span className="sr-only">{t.location} :</span>
                        <span className="font-medium">{[location.value.city, location.value.country].filter(Boolean).join(', ')}</span>
                        {location.value.flag ? <span aria-hidden="true">{location.value.flag}</span> : null}
                        {hiddenMark(location.hidden)}
                      </p>
                    ) : null}
                    <div className="mt-5 flex flex-col gap-3 border-t border-white/10 pt-5 min-[420px]:flex-row min-[420px]:flex-wrap min-[420px]:items-center min-[420px]:gap-x-5">
                      <div className="flex flex-col gap-1.5">
                        <span className="text-xs font-semibold tracking-[0.12em] text-ink-300 uppercase">{t.codeLabel}</span>
                        <CinemaCode code={view.code} />
                      </div>
                      <CopyCodeButton code={view.code} labels={{ copy: t.copy, copied: t.copied, copyFailed: t.copyFailed }} />
                    </div>
                  </div>
                </div>
              </header>

              <dl aria-label={t.keyFacts} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                {age ? (
                  <Fact label={t.age} note={hiddenMark(age.hidden)}>
                    {format(plural(locale, age.value, t.years), { count: age.value })}
                  </Fact>
                ) : null}
                {physical?.value.heightCm ? (
                  <Fact label={t.height} note={hiddenMark(physical.hidden)}>
                    {format(t.heightValue, { value: physical.value.heightCm })}
                  </Fact>
                ) : null}
                {physical?.value.build ? (
                  <Fact label={t.build} note={hiddenMark(physical.hidden)}>
                    {physical.value.build}
                  </Fact>
                ) : null}
                {availability ? (
                  <Fact label={t.availability} note={hiddenMark(availability.hidden)}>
                    <span className="inline-flex items-center gap-2">
                      <span aria-hidden="true" className={`size-2.5 rounded-full ${availability.value.value === 'available' ? 'bg-forest-600' : availability.value.value === 'limited' ? 'bg-ochre-400' : 'bg-terracotta-600'}`} />
                      {availability.value.label}
                    </span>
                  </Fact>
                ) : null}
              </dl>

              <div className="flex flex-wrap gap-3">
                <a href="#contact" className="btn btn-primary btn-lg">
                  <ChatIcon className="size-5" />
                  {t.contactCta}
                </a>
                {media?.value.showreelUrl ? (
                  <a href={media.value.showreelUrl} target="_blank" rel="noopener noreferrer" className="btn btn-secondary btn-lg">
                    <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden="true" focusable="false">
                      <path d="M6.3 4.2A1 1 0 0 0 4.8 5v10a1 1 0 0 0 1.5.8l8-5a1 1 0 0 0 0-1.7l-8-5Z" />
                    </svg>
                    {t.showreelCta}
                    <span className="sr-only"> {newTab}</span>
                  </a>
                ) : null}
              </div>

              <nav aria-label={t.sectionsNav} className="-mx-5 overflow-x-auto px-5 [scrollbar-width:none] sm:mx-0 sm:overflow-visible sm:px-0">
                <ul className="flex gap-2 sm:flex-wrap">
                  {SECTION_ORDER.filter((key) => shown[key]).map((key) => (
                    <li key={key} className="shrink-0">
                      <a href={`#${cinemaSectionAnchor(key)}`} className="inline-flex items-center gap-2 rounded-full bg-white py-1.5 pr-3.5 pl-1.5 text-sm font-semibold whitespace-nowrap text-ink-800 ring-1 ring-ink-900/10 hover:bg-sand-100">
                        <span aria-hidden="true" className={`grid size-6 place-items-center rounded-full text-xs ${SECTION_COLOURS[key].solid}`}>
                          {SECTION_COLOURS[key].number}
                        </span>
                        {titles[key]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>

              <CinemaSection section="identity" title={titles.identity}>
                <dl className="grid gap-3 sm:grid-cols-3">
                  {view.gender ? <Fact label={t.identity.gender}>{view.gender}</Fact> : null}
                  {age ? (
                    <Fact label={t.age} note={hiddenMark(age.hidden)}>
                      {format(plural(locale, age.value, t.years), { count: age.value })}
                    </Fact>
                  ) : null}
                  {nationality ? (
                    <Fact label={t.identity.nationality} note={hiddenMark(nationality.hidden)}>
                      {nationality.value}
                    </Fact>
                  ) : null}
                </dl>
                {secret ? (
                  <PrivateFacts label={t.privateOnly}>
                    <PrivateFact label={t.identity.legalName} value={secret.legalName} />
                    {secret.dateOfBirth ? <PrivateFact label={t.identity.dateOfBirth} value={secret.dateOfBirth} /> : null}
                    {secret.idDocumentNumber ? <PrivateFact label={t.identity.idDocumentNumber} value={secret.idDocumentNumber} /> : null}
                  </PrivateFacts>
                ) : null}
              </CinemaSection>

              <CinemaSection section="contact" title={titles.contact}>
                {location ? (
                  <p className="flex flex-wrap items-center gap-2 font-semibold text-ink-900">
                    <PinIcon className="size-5 text-amber-700" />
                    {[location.value.city, location.value.country].filter(Boolean).join(', ')} {location.value.flag}
                    {hiddenMark(location.hidden)}
                  </p>
                ) : null}
                <p className={`${location ? 'mt-3' : ''} flex items-start gap-2 text-sm leading-relaxed text-ink-700`}>
                  <LockIcon className="mt-0.5 size-4 shrink-0 text-amber-700" />
                  {t.contact.neverPublic}
                </p>
                {secret ? (
                  <PrivateFacts label={t.privateOnly}>
                    {secret.email ? <PrivateFact label={t.contact.email} value={secret.email} /> : null}
                    {secret.phone ? <PrivateFact label={t.contact.phone} value={secret.phone} /> : null}
                    {secret.whatsapp ? <PrivateFact label={t.contact.whatsapp} value={secret.whatsapp} /> : null}
                    {secret.address ? <PrivateFact label={t.contact.address} value={secret.address} /> : null}
                    {secret.emergencyContact ? <PrivateFact label={t.contact.emergencyContact} value={secret.emergencyContact} /> : null}
                  </PrivateFacts>
                ) : null}
              </CinemaSection>

              {physical ? (
                <CinemaSection section="physical" title={titles.physical} hiddenLabel={physical.hidden ? hiddenLabel : undefined}>
                  <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
                    {physical.value.heightCm ? <Fact label={t.height}>{format(t.heightValue, { value: physical.value.heightCm })}</Fact> : null}
                    {physical.value.weightKg ? <Fact label={t.weight}>{format(t.weightValue, { value: physical.value.weightKg })}</Fact> : null}
                    {physical.value.build ? <Fact label={t.build}>{physical.value.build}</Fact> : null}
                    {physical.value.skinTone ? <Fact label={t.physical.skinTone}>{physical.value.skinTone}</Fact> : null}
                    {physical.value.eyeColour ? <Fact label={t.physical.eyes}>{physical.value.eyeColour}</Fact> : null}
                    {physical.value.hairColour ? <Fact label={t.physical.hairColour}>{physical.value.hairColour}</Fact> : null}
                    {physical.value.hairType ? <Fact label={t.physical.hairType}>{physical.value.hairType}</Fact> : null}
                    {physical.value.tattoos !== undefined ? <Fact label={t.physical.tattoos}>{yesNo(physical.value.tattoos)}</Fact> : null}
                    {physical.value.piercings !== undefined ? <Fact label={t.physical.piercings}>{yesNo(physical.value.piercings)}</Fact> : null}
                  </dl>
                  {physical.value.distinctiveFeatures ? (
                    <p className="mt-4 text-sm leading-relaxed whitespace-pre-line text-ink-800">
                      <span className="font-semibold">{t.physical.distinctiveFeatures} : </span>
                      {physical.value.distinctiveFeatures}
                    </p>
                  ) : null}
                </CinemaSection>
              ) : null}

              {languages ? (
                <CinemaSection section="languages" title={titles.languages} hiddenLabel={languages.hidden ? hiddenLabel : undefined}>
                  {languages.value.list.length ? <LanguageList languages={languages.value.list} /> : null}
                  {languages.value.accents ? (
                    <p className="mt-4 text-sm text-ink-800">
                      <span className="font-semibold">{t.languages.accents} : </span>
                      {languages.value.accents}
                    </p>
                  ) : null}
                </CinemaSection>
              ) : null}

              {shown.roles ? (
                <CinemaSection section="roles" title={titles.roles}>
                  {view.categories.length ? (
                    <ul aria-label={t.categories} className="flex flex-wrap gap-2">
                      {view.categories.map((category) => (
                        <li key={category} className="rounded-full bg-sky-700 px-3 py-1 text-sm font-semibold text-white">
                          {category}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {view.roleTypes.length || playingAge ? (
                    <dl className="mt-4 grid gap-3 sm:grid-cols-2">
                      {view.roleTypes.length ? <Fact label={t.roles.roleTypes}>{view.roleTypes.join(' · ')}</Fact> : null}
                      {playingAge ? <Fact label={t.roles.playingAge}>{playingAge}</Fact> : null}
                    </dl>
                  ) : null}
                </CinemaSection>
              ) : null}

              {skills ? (
                <CinemaSection section="skills" title={titles.skills} hiddenLabel={skills.hidden ? hiddenLabel : undefined}>
                  <div className="grid gap-4 sm:grid-cols-2">
                    {skills.value.groups.map((group) => (
                      <div key={group.key}>
                        <h3 className="text-xs font-semibold tracking-[0.1em] text-violet-700 uppercase">{group.label}</h3>
                        <ul className="mt-2 flex flex-wrap gap-2">
                          {group.skills.map((skill) => (
                            <li key={skill} className="rounded-full bg-violet-50 px-3 py-1 text-sm font-medium text-ink-900 ring-1 ring-violet-700/20 ring-inset">
                              {skill}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ))}
                  </div>
                  {skills.value.other ? (
                    <p className="mt-4 text-sm leading-relaxed whitespace-pre-line text-ink-800">
                      <span className="font-semibold">{t.skills.other} : </span>
                      {skills.value.other}
                    </p>
                  ) : null}
                </CinemaSection>
              ) : null}

              {experience ? (
                <CinemaSection section="experience" title={titles.experience} hiddenLabel={experience.hidden ? hiddenLabel : undefined}>
                  {experience.value.years !== undefined ? (
                    <dl className="grid gap-3 sm:grid-cols-3">
                      <Fact label={t.experience.years}>{format(plural(locale, experience.value.years, t.experience.yearsValue), { count: experience.value.years })}</Fact>
                    </dl>
                  ) : null}
                  {experience.value.training ? (
                    <div className="mt-4">
                      <h3 className="text-xs font-semibold tracking-[0.1em] text-indigo-700 uppercase">{t.experience.training}</h3>
                      <p className="mt-1 text-sm leading-relaxed whitespace-pre-line text-ink-800">{experience.value.training}</p>
                    </div>
                  ) : null}
                  {experience.value.filmography.length ? (
                    <div className="mt-5">
                      <h3 className="mb-3 text-xs font-semibold tracking-[0.1em] text-indigo-700 uppercase">{t.experience.filmography}</h3>
                      <Filmography films={experience.value.filmography} messages={t.experience} newTab={newTab} />
                    </div>
                  ) : null}
                </CinemaSection>
              ) : null}

              {shown.availability ? (
                <CinemaSection section="availability" title={titles.availability} hiddenLabel={availability?.hidden ? hiddenLabel : undefined}>
                  {availability ? (
                    <dl className="grid gap-3 sm:grid-cols-3">
                      <Fact label={t.availability}>{availability.value.label}</Fact>
                      {availability.value.from ? <Fact label={t.availabilityPart.from}>{availability.value.from}</Fact> : null}
                      {availability.value.willingToTravel !== undefined ? <Fact label={t.availabilityPart.travel}>{yesNo(availability.value.willingToTravel)}</Fact> : null}
                    </dl>
                  ) : null}
                  {secret ? (
                    <PrivateFacts label={t.privateOnly}>
                      {secret.rate ? <PrivateFact label={t.availabilityPart.rate} value={secret.rate} /> : null}
                      {secret.hasPassport !== undefined ? <PrivateFact label={t.availabilityPart.passport} value={yesNo(secret.hasPassport)} /> : null}
                      {secret.unionMember !== undefined ? (
                        <PrivateFact label={t.availabilityPart.union} value={secret.unionMember ? secret.unionName || t.yes : t.no} />
                      ) : null}
                      {secret.availabilityNotes ? <PrivateFact label={t.availabilityPart.notes} value={secret.availabilityNotes} /> : null}
                    </PrivateFacts>
                  ) : null}
                </CinemaSection>
              ) : null}

              {shown.media ? (
                <CinemaSection section="media" title={titles.media} hiddenLabel={media?.hidden ? hiddenLabel : undefined}>
                  {media?.value.showreelUrl ? (
                    <a href={media.value.showreelUrl} target="_blank" rel="noopener noreferrer" className="flex items-center gap-3 rounded-2xl bg-fuchsia-50 p-4 ring-1 ring-fuchsia-700/20 hover:bg-fuchsia-100">
                      <span className="grid size-10 shrink-0 place-items-center rounded-full bg-fuchsia-700 text-white">
                        <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden="true" focusable="false">
                          <path d="M6.3 4.2A1 1 0 0 0 4.8 5v10a1 1 0 0 0 1.5.8l8-5a1 1 0 0 0 0-1.7l-8-5Z" />
                        </svg>
                      </span>
                      <span className="min-w-0">
                        <span className="block font-bold text-ink-950">{t.media.showreel}</span>
                        <span className="block truncate text-sm text-ink-600">{media.value.showreelUrl.replace(/^https?:\/\//, '')}</span>
                      </span>
                      <span className="sr-only"> {newTab}</span>
                    </a>
                  ) : null}
                  {media?.value.gallery.length ? (
                    <div className="mt-5">
                      <h3 className="mb-3 text-xs font-semibold tracking-[0.1em] text-fuchsia-700 uppercase">{t.media.gallery}</h3>
                      <Gallery photos={media.value.gallery} altOf={(index) => format(t.galleryPhotoAlt, { index, name: view.name })} />
                    </div>
                  ) : null}
                  {media?.value.social.length ? (
                    <div className="mt-5">
                      <h3 className="mb-3 text-xs font-semibold tracking-[0.1em] text-fuchsia-700 uppercase">{t.media.social}</h3>
                      <ul className="flex flex-wrap gap-2">
                        {media.value.social.map((link) => (
                          <li key={link.key}>
                            <a href={link.url} target="_blank" rel="noopener noreferrer nofollow" className="btn btn-secondary">
                              {link.label}
                              <span className="sr-only"> {newTab}</span>
                            </a>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {secret?.cvUrl ? (
                    <PrivateFacts label={t.privateOnly}>
                      <PrivateFact
                        label={t.media.cv}
                        value={
                          <a href={secret.cvUrl} target="_blank" rel="noopener" className="font-semibold text-fuchsia-700 underline">
                            {t.media.cvLink}
                          </a>
                        }
                      />
                    </PrivateFacts>
                  ) : null}
                </CinemaSection>
              ) : null}
            </div>

            <aside className="flex min-w-0 flex-col gap-6 lg:sticky lg:top-24 lg:self-start">
              <section id="contact" aria-labelledby="contact-title" className="scroll-mt-24 rounded-3xl bg-white p-6 shadow-card ring-1 ring-ink-900/5">
                <h2 id="contact-title" className="flex items-center gap-2 text-lg font-bold text-ink-950">
                  <ChatIcon className="size-5 text-terracotta-600" />
                  {messages.contactForm.title}
                </h2>
                {view.viewer === 'owner' ? (
                  <p className="mt-2 text-sm leading-relaxed text-ink-600">
                    {messages.contactForm.ownProfile}{' '}
                    <Link href={CINEMA_MESSAGES_PATH} className="font-semibold text-terracotta-700 underline underline-offset-2">
                      {messages.contactForm.ownProfileLink}
                    </Link>
                  </p>
                ) : (
                  <p className="mt-2 text-sm leading-relaxed text-ink-600">{messages.contactForm.intro}</p>
                )}
                {view.isPublic && view.viewer !== 'owner' ? (
                  <div className="mt-5">
                    <ContactForm
                      action={`/api/cinema-talents/${encodeURIComponent(view.code)}/contact`}
                      talentName={view.name}
                      messages={messages.contactForm}
                      initialResult={contactResult === 'sent' || contactResult === 'error' ? contactResult : undefined}
                      limits={CONTACT_LIMITS}
                    />
                  </div>
                ) : null}
              </section>
              <QrCodeCard code={view.code} messages={t.qr} qrPath={cinemaQrCodePath} />
            </aside>
          </article>
        </div>
      </div>
    </div>
  )
}
