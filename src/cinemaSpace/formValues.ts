import { DEFAULT_CINEMA_PUBLIC_PARTS } from '@/cinema/cinemaOptions'
import { emptyCinemaForm, newFilmRow, SOCIAL_NETWORKS, type CinemaFormValues } from '@/cinema/registration/form'
import { relationId } from '@/payload/relationId'
import { newLanguageRow } from '@/talents/registrationForm'
import type { CinemaTalent, Cv, Photo } from '../../payload-types'

/**
 * A stored cinema profile as the registration form's inputs (client-safe, no server import),
 * so the owner edits it with the same sections: ids as strings, cm and kg, the date of birth
 * in its three parts.
 */
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value))
const id = (value: unknown) => text(relationId(value))

/** What is already on the profile: the main photo, the gallery, the CV (the form shows and removes them). */
export type ExistingCinemaFiles = {
  photo: { id: number; url: string; name: string } | null
  gallery: { id: number; url: string; name: string }[]
  cv: { id: number; url: string; name: string; bytes: number | null; addedAt: string } | null
}

export function cinemaFormValuesOf(talent: CinemaTalent, accountEmail: string): CinemaFormValues {
  const empty = emptyCinemaForm()
  const [birthYear = '', birthMonth = '', birthDay = ''] = (talent.dateOfBirth ?? '').slice(0, 10).split('-')
  const links = (talent.socialLinks ?? {}) as Record<string, string | null | undefined>
  const languages = (talent.languages ?? []).map((row) => ({ ...newLanguageRow(), language: id(row.language), level: row.level }))
  return {
    ...empty,
    firstName: talent.firstName,
    lastName: talent.lastName,
    stageName: text(talent.stageName),
    gender: talent.gender,
    birthDay: birthDay ? String(Number(birthDay)) : '',
    birthMonth: birthMonth ? String(Number(birthMonth)) : '',
    birthYear,
    nationality: id(talent.nationality),
    email: accountEmail,
    phone: text(talent.phone),
    whatsapp: text(talent.whatsapp),
    whatsappSameAsPhone: Boolean(talent.phone) && talent.whatsapp === talent.phone,
    country: id(talent.country),
    city: id(talent.city),
    address: text(talent.address),
    heightUnit: 'cm',
    heightCm: text(talent.heightCm),
    weightUnit: 'kg',
    weightValue: text(talent.weightKg),
    build: text(talent.build),
    skinTone: text(talent.skinTone),
    eyeColour: text(talent.eyeColour),
    hairColour: text(talent.hairColour),
    hairType: text(talent.hairType),
    tattoos: Boolean(talent.tattoos),
    piercings: Boolean(talent.piercings),
    distinctiveFeatures: text(talent.distinctiveFeatures),
    languages: languages.length ? languages : empty.languages,
    accents: text(talent.accents),
    categories: (talent.categories ?? []).map(id).filter(Boolean),
    roleTypes: [...(talent.roleTypes ?? [])],
    playingAgeMin: text(talent.playingAgeMin),
    playingAgeMax: text(talent.playingAgeMax),
    skills: (talent.skills ?? []).map(id).filter(Boolean),
    otherSkills: text(talent.otherSkills),
    yearsOfExperience: text(talent.yearsOfExperience),
    training: text(talent.training),
    filmography: (talent.filmography ?? []).map((film) => ({
      ...newFilmRow(),
      title: film.title,
      year: text(film.year),
      type: text(film.type),
      role: text(film.role),
      director: text(film.director),
      company: text(film.company),
      imdbId: text(film.imdbId),
      posterUrl: text(film.posterUrl),
    })),
    availability: talent.availability ?? empty.availability,
    availableFrom: text(talent.availableFrom).slice(0, 10),
    willingToTravel: Boolean(talent.willingToTravel),
    hasPassport: Boolean(talent.hasPassport),
    unionMember: Boolean(talent.unionMember),
    unionName: text(talent.unionName),
    rate: text(talent.rate),
    rateCurrency: talent.rateCurrency ?? empty.rateCurrency,
    rateUnit: talent.rateUnit ?? empty.rateUnit,
    rateNegotiable: Boolean(talent.rateNegotiable),
    availabilityNotes: text(talent.availabilityNotes),
    showreelUrl: text(talent.showreelUrl),
    socialLinks: Object.fromEntries(SOCIAL_NETWORKS.map((network) => [network, text(links[network])])) as CinemaFormValues['socialLinks'],
    isPublic: Boolean(talent.isPublic),
    publicParts: [...(talent.publicParts ?? DEFAULT_CINEMA_PUBLIC_PARTS)],
    consent: true,
  }
}

const populated = <T extends object>(value: unknown): T | undefined => (value && typeof value === 'object' ? (value as T) : undefined)

function photoOf(value: unknown): ExistingCinemaFiles['photo'] {
  const photo = populated<Photo>(value)
  const url = photo?.sizes?.card?.url ?? photo?.url
  return photo && url ? { id: photo.id, url, name: photo.alt || photo.filename || '' } : null
}

/** The profile's files, from a profile read with depth ≥ 1 (photo, gallery and CV populated). */
export function existingFilesOf(talent: CinemaTalent): ExistingCinemaFiles {
  const cv = populated<Cv>(talent.cv)
  return {
    photo: photoOf(talent.photo),
    gallery: (talent.gallery ?? []).map(photoOf).filter((photo): photo is NonNullable<typeof photo> => photo !== null),
    // Stored names are UUIDs: the talent sees "CV.pdf", its size and date instead.
    cv: cv?.url ? { id: cv.id, url: cv.url, name: `CV.${(cv.filename ?? '').split('.').pop() || 'pdf'}`, bytes: cv.filesize ?? null, addedAt: cv.createdAt } : null,
  }
}
