import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache, type ReactNode } from 'react'

import { getSignedInUser } from '@/auth/getSignedInUser'
import { normalizeCode, parseTalentCode } from '@/codes/formats'
import { HiddenFromPublic } from '@/components/talents/profile/HiddenFromPublic'
import { LanguageList } from '@/components/talents/profile/LanguageList'
import { ProfileSection } from '@/components/talents/profile/ProfileSection'
import { QrCodeCard } from '@/components/talents/profile/QrCodeCard'
import { TalentCode } from '@/components/talents/TalentCode'
import { ArrowLeftIcon, ChatIcon, LockIcon, PinIcon } from '@/components/talents/TalentIcons'
import { TalentPortrait } from '@/components/talents/TalentPortrait'
import { format, plural, type Locale } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { getTalentMessages, type TalentMessages } from '@/i18n/messages/talents'
import { publicProfileUrl } from '@/qr/publicProfileUrl'
import { talentProfilePath } from '@/qr/talentQrCode'
import { absoluteUrl } from '@/talents/talentPhoto'
import { findTalentProfile, toTalentProfileView, type ProfilePart, type TalentProfileView } from '@/talents/talentProfile'

type ProfilePageProps = {
  params: Promise<{ code: string }>
}

/** One lookup per request, shared by the metadata and the page; as the signed-in person sees it. */
const loadProfile = cache(async (code: string, locale: Locale): Promise<TalentProfileView | null> => {
  const [payload, user] = await Promise.all([getPayload({ config }), getSignedInUser()])
  const found = await findTalentProfile(payload, code, user)
  return found ? toTalentProfileView(found.talent, { locale, viewer: found.viewer }) : null
})

function metaDescription(view: TalentProfileView, messages: TalentMessages['profile']): string {
  const values = { name: view.name, code: view.code, categories: view.categories.join(', ') }
  const city = !view.location?.hidden ? view.location?.value.city : undefined
  return city ? format(messages.metaDescriptionWithCity, { ...values, city }) : format(messages.metaDescription, values)
}

export async function generateMetadata({ params }: ProfilePageProps): Promise<Metadata> {
  const [{ code }, locale] = await Promise.all([params, getLocale()])
  const view = parseTalentCode(code) ? await loadProfile(normalizeCode(code), locale) : null
  if (!view) return { robots: { index: false } }

  const messages = getTalentMessages(locale).profile
  const title = format(messages.metaTitle, { name: view.name, code: view.code })
  const description = metaDescription(view, messages)
  const url = publicProfileUrl(talentProfilePath(view.code))
  const image = view.ogImage
    ? [{ url: absoluteUrl(view.ogImage.url), width: view.ogImage.width ?? undefined, height: view.ogImage.height ?? undefined, alt: format(messages.photoAlt, { name: view.name }) }]
    : undefined
  return {
    title,
    description,
    alternates: { canonical: url },
    // A private profile is seen by its owner and staff only: never indexed.
    robots: view.isPublic ? undefined : { index: false, follow: false },
    openGraph: { type: 'profile', url, title, description, images: image },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, images: image?.map((entry) => entry.url) },
  }
}

/** A fact of the "at a glance" list, with the hidden mark when only the viewer sees it. */
function Fact({ label, part, children, hiddenLabel }: { label: string; part: ProfilePart<unknown>; children: ReactNode; hiddenLabel?: string }) {
  return (
    <div className="rounded-2xl bg-sand-50 px-4 py-3 ring-1 ring-ink-900/5">
      <dt className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-[0.12em] text-ink-600 uppercase">
        {label}
        {part.hidden && hiddenLabel ? <HiddenFromPublic label={hiddenLabel} /> : null}
      </dt>
      <dd className="mt-1 text-base font-semibold text-ink-950">{children}</dd>
    </div>
  )
}

export default async function TalentProfilePage({ params }: ProfilePageProps) {
  const [{ code: requested }, locale] = await Promise.all([params, getLocale()])
  if (!parseTalentCode(requested)) notFound()
  const code = normalizeCode(requested)
  // One address per profile: /talents/cif0001abj → /talents/CIF0001ABJ.
  if (code !== requested) permanentRedirect(talentProfilePath(code))

  const view = await loadProfile(code, locale)
  if (!view) notFound()

  const messages = getTalentMessages(locale)
  const t = messages.profile
  // Visitors never get hidden parts; the owner and staff see them marked — except on a
  // private profile, where the banner already says that nothing is public.
  const hiddenLabel = view.viewer !== 'public' && view.isPublic ? t.hiddenFromPublic : undefined
  const { age, nationality, location, yearsOfExperience, languages, skills, experience } = view

  return (
    <div className="pb-16 sm:pb-24">
      {!view.isPublic ? (
        <div role="status" className="border-b border-ochre-400/50 bg-ochre-200/70">
          <div className="container-page flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="flex items-start gap-3">
              <span className="grid size-9 shrink-0 place-items-center rounded-full bg-ink-900 text-ochre-300">
                <LockIcon className="size-5" />
              </span>
              <div>
                <p className="font-bold text-ink-950">{view.viewer === 'owner' ? t.privateBanner.owner : t.privateBanner.staff}</p>
                <p className="text-sm text-ink-700">{t.privateBanner.text}</p>
              </div>
            </div>
            {view.viewer === 'owner' ? (
              <Link href="/mon-espace" className="btn btn-secondary shrink-0">
                {t.privateBanner.ownerAction}
              </Link>
            ) : null}
          </div>
        </div>
      ) : view.viewer === 'owner' ? (
        <div role="status" className="border-b border-ink-900/10 bg-sand-100">
          <div className="container-page flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-bold text-ink-950">{t.ownerNote.title}</p>
              <p className="text-sm text-ink-600">{t.ownerNote.text}</p>
            </div>
            <Link href="/mon-espace" className="btn btn-secondary shrink-0">
              {t.ownerNote.action}
            </Link>
          </div>
        </div>
      ) : null}

      <div className="relative isolate">
        <div
          aria-hidden="true"
          className="absolute inset-x-0 top-0 -z-10 h-[30rem] bg-[radial-gradient(50rem_26rem_at_85%_-10%,var(--color-terracotta-100),transparent_70%),radial-gradient(30rem_20rem_at_5%_30%,var(--color-ochre-200),transparent_70%)]"
        />
        <div className="container-page pt-6 sm:pt-8">
          <nav aria-label={t.breadcrumb}>
            <Link href="/talents" className="inline-flex items-center gap-2 rounded-full px-1 py-1 text-sm font-semibold text-ink-700 hover:text-terracotta-600">
              <ArrowLeftIcon className="size-4" />
              {t.backToDirectory}
            </Link>
          </nav>

          {/* Phones: photo, profile, QR code. Large screens: photo and QR code on the left, profile on the right. */}
          <article aria-labelledby="talent-name" className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,21rem)_minmax(0,1fr)] lg:gap-x-12 lg:gap-y-8">
            <div className="relative mx-auto w-full max-w-[19rem] sm:max-w-sm lg:col-start-1 lg:row-start-1 lg:max-w-none">
              <div aria-hidden="true" className="absolute inset-0 -z-10 translate-x-2 translate-y-2 rotate-2 rounded-[2rem] bg-ochre-400 sm:translate-x-3" />
              <div aria-hidden="true" className="absolute inset-0 -z-10 -rotate-2 rounded-[2rem] bg-terracotta-600" />
              <TalentPortrait
                photo={view.photo}
                name={view.name}
                alt={format(t.photoAlt, { name: view.name })}
                priority
                className="rounded-[2rem] shadow-card ring-1 ring-ink-900/10"
              />
            </div>

            <div className="flex min-w-0 flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
              <header>
                {view.categories.length ? (
                  <ul aria-label={t.categories} className="flex flex-wrap gap-2">
                    {view.categories.map((category) => (
                      <li key={category} className="rounded-full bg-terracotta-600 px-3 py-1 text-xs font-semibold tracking-wide text-white uppercase">
                        {category}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <h1 id="talent-name" className="mt-4 text-4xl leading-[1.05] font-extrabold tracking-tight text-balance text-ink-950 sm:text-5xl lg:text-6xl">
                  {view.name}
                </h1>
                <div className="mt-5 flex flex-wrap items-center gap-x-6 gap-y-3">
                  <p className="flex items-center gap-2.5">
                    <span className="text-xs font-semibold tracking-[0.12em] text-ink-600 uppercase">{t.codeLabel}</span>
                    <TalentCode code={view.code} />
                  </p>
                  {location ? (
                    <p className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-1 text-ink-800">
                      <PinIcon className="size-5 text-terracotta-600" />
                      <span className="sr-only">{t.location} :</span>
                      <span className="font-medium">{[location.value.city, location.value.country].filter(Boolean).join(', ')}</span>
                      {location.value.flag ? <span aria-hidden="true">{location.value.flag}</span> : null}
                      {location.hidden && hiddenLabel ? <HiddenFromPublic label={hiddenLabel} /> : null}
                    </p>
                  ) : null}
                </div>
              </header>

              {age || nationality || yearsOfExperience ? (
                <dl aria-label={t.keyFacts} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
                  {age ? (
                    <Fact label={t.age} part={age} hiddenLabel={hiddenLabel}>
                      {format(plural(locale, age.value, t.years), { count: age.value })}
                    </Fact>
                  ) : null}
                  {nationality ? (
                    <Fact label={t.nationality} part={nationality} hiddenLabel={hiddenLabel}>
                      {nationality.value}
                    </Fact>
                  ) : null}
                  {yearsOfExperience ? (
                    <Fact label={t.experienceYears} part={yearsOfExperience} hiddenLabel={hiddenLabel}>
                      {format(plural(locale, yearsOfExperience.value, t.experienceYearsValue), { count: yearsOfExperience.value })}
                    </Fact>
                  ) : null}
                </dl>
              ) : null}

              <div className="flex items-start gap-3 rounded-2xl bg-ink-900 p-5 text-sand-50">
                <span className="grid size-9 shrink-0 place-items-center rounded-full bg-ochre-400 text-ink-950">
                  <ChatIcon className="size-5" />
                </span>
                <div>
                  <h2 className="font-bold">{t.contact.title}</h2>
                  <p className="mt-1 text-sm leading-relaxed text-ink-300">{format(t.contact.text, { code: view.code })}</p>
                </div>
              </div>

              {experience ? (
                <ProfileSection id="experience-title" title={t.experience} hiddenLabel={experience.hidden ? hiddenLabel : undefined}>
                  <p className="text-base leading-relaxed whitespace-pre-line text-ink-800">{experience.value}</p>
                </ProfileSection>
              ) : null}
              {languages || skills ? (
                <div className="grid gap-6">
                  {languages ? (
                    <ProfileSection id="languages-title" title={t.languages} hiddenLabel={languages.hidden ? hiddenLabel : undefined}>
                      <LanguageList languages={languages.value} />
                    </ProfileSection>
                  ) : null}
                  {skills ? (
                    <ProfileSection id="skills-title" title={t.skills} hiddenLabel={skills.hidden ? hiddenLabel : undefined}>
                      <ul className="flex flex-wrap gap-2">
                        {skills.value.map((skill) => (
                          <li key={skill} className="rounded-full bg-sand-100 px-3.5 py-1.5 text-sm font-medium text-ink-800 ring-1 ring-ink-900/10 ring-inset">
                            {skill}
                          </li>
                        ))}
                      </ul>
                    </ProfileSection>
                  ) : null}
                </div>
              ) : null}
            </div>

            <aside className="mx-auto w-full max-w-sm lg:col-start-1 lg:row-start-2 lg:max-w-none lg:self-start">
              <QrCodeCard code={view.code} messages={t.qr} />
            </aside>
          </article>
        </div>
      </div>
    </div>
  )
}
