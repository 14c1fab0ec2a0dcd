import type { Metadata } from 'next'

import { LockIcon } from '@/components/talentSpace/icons'
import { NoTalentProfile } from '@/components/talentSpace/NoTalentProfile'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { ProfileForm, type ProfileFormValues } from '@/components/talentSpace/ProfileForm'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { TALENT_SPACE_PATHS } from '@/talentSpace/paths'
import { loadProfileFormOptions } from '@/talentSpace/profileFormOptions'
import { GENDER_OPTIONS } from '@/talents/profileOptions'
import type { Talent } from '../../../../payload-types'

import { saveProfile } from '../actions'
import { loadTalentSpace, requireTalentSpace } from '../loadTalentSpace'

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await loadTalentSpace()
  return { title: talentSpaceMessages[locale].meta.profileTitle }
}

const idOf = (value: unknown): string => {
  const id = value && typeof value === 'object' ? (value as { id: number }).id : value
  return id === null || id === undefined ? '' : String(id)
}

/** The stored profile as the form's values (ids as strings, absent values as ''). */
function formValues(talent: Talent): ProfileFormValues {
  return {
    firstName: talent.firstName,
    lastName: talent.lastName,
    stageName: talent.stageName ?? '',
    dateOfBirth: talent.dateOfBirth?.slice(0, 10) ?? '',
    nationality: idOf(talent.nationality),
    phone: talent.phone ?? '',
    whatsapp: talent.whatsapp ?? '',
    emergencyContact: talent.emergencyContact ?? '',
    idDocumentNumber: talent.idDocumentNumber ?? '',
    country: idOf(talent.country),
    city: idOf(talent.city),
    address: talent.address ?? '',
    categories: (talent.categories ?? []).map(idOf),
    languages: talent.languages?.length
      ? talent.languages.map((entry) => ({ language: idOf(entry.language), level: entry.level }))
      : [{ language: '', level: 'fluent' }],
    skills: (talent.skills ?? []).map(idOf),
    yearsOfExperience: talent.yearsOfExperience === null || talent.yearsOfExperience === undefined ? '' : String(talent.yearsOfExperience),
    experience: talent.experience ?? '',
  }
}

export default async function EditProfilePage() {
  const space = await requireTalentSpace(TALENT_SPACE_PATHS.profile)
  const m = talentSpaceMessages[space.locale]
  if (space.state === 'noProfile') return <NoTalentProfile isStaff={space.isStaff} messages={m.noProfile} />

  const { talent, locale, payload, user } = space
  const options = await loadProfileFormOptions(payload, { locale, countryId: Number(idOf(talent.country)) || null })
  const gender = GENDER_OPTIONS.find((option) => option.value === talent.gender)?.label[locale]
  const fixed = [
    { label: m.profile.fixed.code, value: talent.code, mono: true },
    { label: m.profile.fixed.gender, value: gender },
    { label: m.profile.fixed.email, value: user.email },
  ]

  return (
    <>
      <PageHeader eyebrow={m.shell.eyebrow} title={m.profile.title} intro={m.profile.intro} />

      <section aria-labelledby="fixed-title" className="mb-6 rounded-3xl border border-dashed border-ink-900/15 px-5 py-4 sm:px-6">
        <h2 id="fixed-title" className="flex items-center gap-2 text-sm font-semibold text-ink-700">
          <LockIcon className="size-4 text-ink-500" />
          {m.profile.fixed.title}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-3">
          {fixed.map((item) => (
            <div key={item.label} className="min-w-0">
              <dt className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{item.label}</dt>
              <dd className={`mt-0.5 truncate text-ink-900 ${item.mono ? 'font-mono font-semibold tracking-wider' : ''}`}>{item.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-ink-600">{m.profile.fixed.note}</p>
      </section>

      <ProfileForm initialValues={formValues(talent)} options={options} messages={{ profile: m.profile, common: m.common }} save={saveProfile} />
    </>
  )
}
