import type { Metadata } from 'next'
import Link from 'next/link'

import { cinemaProfilePath } from '@/cinema/publicProfile'
import { loadOwnCinemaForm } from '@/cinemaSpace/loadOwnCinemaForm'
import { CINEMA_SPACE_PATH, SAVE_OWN_CINEMA_PROFILE_ENDPOINT } from '@/cinemaSpace/paths'
import { CinemaCode } from '@/components/cinemaProfile/CinemaCode'
import { CinemaRegistrationForm } from '@/components/cinemaRegistration/CinemaRegistrationForm'
import { ExternalIcon } from '@/components/talentSpace/icons'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { format } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { cinemaRegistrationMessages, type CinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'
import { cinemaSpaceMessages } from '@/i18n/messages/cinemaSpace'
import { registrationMessages } from '@/i18n/messages/registration'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { getRegistrationOptions } from '@/talents/registrationOptions'

import { requireTalentSpace } from '../loadTalentSpace'

export async function generateMetadata(): Promise<Metadata> {
  return { title: cinemaSpaceMessages[await getLocale()].meta.title, robots: { index: false, follow: false } }
}

/**
 * The owner edits their cinema profile: the registration's nine sections, prefilled, in edit
 * mode. Staff edit cinema profiles in the admin; a person without one is pointed to the sign-up.
 */
export default async function CinemaSpacePage() {
  const space = await requireTalentSpace(CINEMA_SPACE_PATH)
  const { locale, payload, user } = space
  const m = cinemaSpaceMessages[locale]
  const form = space.cinema ? await loadOwnCinemaForm(payload, user) : null

  if (!form) {
    const isStaff = space.state === 'noProfile' && space.isStaff
    return (
      <>
        <PageHeader eyebrow={m.page.eyebrow} title={m.noProfile.title} />
        <div className="rounded-3xl bg-white p-6 shadow-card ring-1 ring-ink-900/5 sm:p-8">
          <p className="max-w-xl text-ink-700">{isStaff ? m.noProfile.staffText : m.noProfile.text}</p>
          <Link href={isStaff ? '/admin/collections/cinema-talents' : '/cinema/register'} className="btn btn-primary mt-5">
            {isStaff ? m.noProfile.staffCta : m.noProfile.cta}
          </Link>
        </div>
      </>
    )
  }

  const registration = cinemaRegistrationMessages[locale]
  // The registration's texts, where they read differently once the profile exists.
  const messages: CinemaRegistrationMessages = {
    ...registration,
    page: { ...registration.page, required: m.page.required },
    sections: {
      ...registration.sections,
      contact: { ...registration.sections.contact, intro: m.overrides.contactIntro },
      media: { ...registration.sections.media, intro: m.overrides.mediaIntro },
    },
    fields: { ...registration.fields, privateText: m.overrides.privateText },
  }
  const options = await getRegistrationOptions(payload, locale)
  const newTab = talentSpaceMessages[locale].common.opensInNewTab

  return (
    <>
      <PageHeader
        eyebrow={m.page.eyebrow}
        title={m.page.title}
        intro={m.page.intro}
        actions={
          <a href={cinemaProfilePath(form.code)} target="_blank" rel="noopener" className="btn btn-secondary">
            <ExternalIcon className="size-4" />
            {m.page.viewProfile}
            <span className="sr-only"> {newTab}</span>
          </a>
        }
      />
      <div className="mb-8 flex flex-wrap items-center gap-3 rounded-2xl bg-white px-4 py-3 text-sm text-ink-700 shadow-card ring-1 ring-ink-900/5">
        <CinemaCode code={form.code} />
        <span>{format(m.page.codeNote, { code: form.code })}</span>
      </div>
      <CinemaRegistrationForm
        locale={locale}
        messages={messages}
        shared={registrationMessages[locale]}
        options={options}
        accountEmail={user.email}
        edit={{ initial: form.values, files: form.files, endpoint: SAVE_OWN_CINEMA_PROFILE_ENDPOINT, messages: m }}
      />
    </>
  )
}

