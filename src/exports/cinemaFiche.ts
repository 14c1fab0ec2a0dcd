import { Readable } from 'node:stream'
import { createElement, type ReactElement } from 'react'

import { renderToStream, type DocumentProps } from '@react-pdf/renderer'
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { initialsOf, readPhoto } from '@/cinema/badges'
import { AVAILABILITY_OPTIONS, BUILD_OPTIONS, CURRENCY_OPTIONS, EYE_COLOUR_OPTIONS, HAIR_COLOUR_OPTIONS, HAIR_TYPE_OPTIONS, RATE_UNIT_OPTIONS, SKIN_TONE_OPTIONS } from '@/cinema/cinemaOptions'
import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { logActivity } from '@/logs'
import { getExportMessages } from '@/i18n/messages/exports'
import { foldToWinAnsi, pickBadgeFonts } from '@/pdf/badgeFonts'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import { qrPng } from '@/qr/qrCode'
import { GENDER_OPTIONS } from '@/talents/profileOptions'
import type { CinemaTalent, Photo } from '../../payload-types'
import { CinemaFicheDocument, type FicheSection } from './CinemaFicheDocument'
import { canExportTalents, exportIncludesPrivateFields } from './exportAccess'
import { ageOn, languagesText, namesOf, nameOf, optionLabel, PROFILE_POPULATE } from './profileColumns'

const errorResponse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

const CODE = /^[A-Z0-9]{4,20}$/

/**
 * GET /api/cinema-talents/:code/fiche.pdf — a one-page A4 sheet of a cinema profile (photo,
 * QR code of the public page, identity, physical, languages and skills, filmography; contact
 * details for admins only), read as the staff member. Same roles as the list exports.
 */
export async function cinemaFicheResponse({ payload, user, code, locale, now = new Date(), req }: { payload: Payload; user: TypedUser | null | undefined; code: string; locale: Locale; now?: Date; req?: PayloadRequest }): Promise<Response> {
  const m = getExportMessages(locale)
  if (!user) return errorResponse(401, m.api.signIn)
  if (!canExportTalents(user)) return errorResponse(403, m.api.forbidden)
  const wanted = code.trim().toUpperCase()
  if (!CODE.test(wanted)) return errorResponse(404, format(m.api.notFound, { code: code.slice(0, 40) }))
  const withPrivate = exportIncludesPrivateFields(user)
  const { docs } = await payload.find({
    collection: 'cinema-talents',
    where: { code: { equals: wanted } },
    limit: 1,
    depth: 1,
    populate: { ...PROFILE_POPULATE, photos: { filename: true, sizes: true } },
    overrideAccess: false,
    user,
  })
  const talent = docs[0] as CinemaTalent | undefined
  if (!talent?.code) return errorResponse(404, format(m.api.notFound, { code: wanted }))

  const c = m.columns
  const none = m.pdf.none
  const text = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? none : String(value))
  const age = ageOn(talent.dateOfBirth, now)
  const sections: FicheSection[] = [
    {
      title: m.pdf.identity,
      lines: [
        [c.gender, optionLabel(GENDER_OPTIONS, talent.gender, locale)],
        [c.dateOfBirth, talent.dateOfBirth ? `${talent.dateOfBirth.slice(8, 10)}/${talent.dateOfBirth.slice(5, 7)}/${talent.dateOfBirth.slice(0, 4)}${age !== null ? ` (${age})` : ''}` : none],
        [c.nationality, text(nameOf(talent.nationality, locale))],
        [`${c.city}, ${c.country}`, text([nameOf(talent.city, locale), nameOf(talent.country, locale)].filter(Boolean).join(', '))],
        [c.categories, text(namesOf(talent.categories, locale))],
        [c.availability, optionLabel(AVAILABILITY_OPTIONS, talent.availability, locale)],
        [c.yearsOfExperience, text(talent.yearsOfExperience)],
      ],
    },
    {
      title: m.pdf.physical,
      lines: [
        [c.heightCm, text(talent.heightCm)],
        [c.weightKg, text(talent.weightKg)],
        ['', [BUILD_OPTIONS, SKIN_TONE_OPTIONS, EYE_COLOUR_OPTIONS, HAIR_COLOUR_OPTIONS, HAIR_TYPE_OPTIONS]
          .map((options, index) => optionLabel(options, [talent.build, talent.skinTone, talent.eyeColour, talent.hairColour, talent.hairType][index], locale))
          .filter(Boolean)
          .join(' · ') || none],
      ],
    },
    {
      title: m.pdf.languagesAndSkills,
      lines: [
        [c.languages, text(languagesText(talent.languages, locale))],
        [c.skills, text(namesOf(talent.skills, locale))],
      ],
    },
  ]
  const films = (talent.filmography ?? []).slice(0, 8)
  if (films.length) {
    sections.push({ title: m.pdf.filmography, lines: films.map((film, index) => [film.year ? String(film.year) : `#${index + 1}`, [film.title, film.role].filter(Boolean).join(' — ')]) })
  }
  if (withPrivate) {
    sections.push({
      title: m.pdf.contact,
      lines: [
        [c.phone, text(talent.phone)],
        [c.whatsapp, text(talent.whatsapp)],
        [c.address, text(talent.address)],
        [c.idDocumentNumber, text(talent.idDocumentNumber)],
        [c.emergencyContact, text(talent.emergencyContact)],
        [c.rate, talent.rate != null ? `${talent.rate} ${optionLabel(CURRENCY_OPTIONS, talent.rateCurrency, locale)} / ${optionLabel(RATE_UNIT_OPTIONS, talent.rateUnit, locale)}` : none],
      ],
    })
  }

  const name = `${talent.firstName} ${talent.lastName}`
  const subtitle = [talent.stageName ? `« ${talent.stageName} »` : '', optionLabel(GENDER_OPTIONS, talent.gender, locale), age !== null ? `${age} ${locale === 'en' ? 'years' : 'ans'}` : '']
    .filter(Boolean)
    .join(' · ')
  const texts = [name, subtitle, ...sections.flatMap((section) => section.lines.flat())]
  const fonts = pickBadgeFonts(texts)
  const fold = (value: string) => (fonts.foldText ? foldToWinAnsi(value) : value)
  const profileUrl = cinemaProfileUrl(talent.code)
  const qr = await qrPng(profileUrl, { size: 300 })
  const photo = typeof talent.photo === 'object' && talent.photo ? await readPhoto(talent.photo as Photo) : null

  const document = createElement(CinemaFicheDocument, {
    title: format(m.pdf.ficheTitle, { name }),
    brand: m.pdf.brand,
    module: m.pdf.cinemaModule,
    name: fold(name),
    code: talent.code,
    subtitle: fold(subtitle),
    photo,
    initials: initialsOf(talent),
    qrDataUrl: `data:image/png;base64,${qr.toString('base64')}`,
    profileUrl,
    scanHint: m.pdf.scanHint,
    sections: sections.map((section) => ({ title: section.title, lines: section.lines.map(([label, value]) => [label, fold(value)] as [string, string]) })),
    confidential: m.pdf.confidential,
    fonts,
    language: locale,
  })
  const stream = await renderToStream(document as ReactElement<DocumentProps>)
  await logActivity(req ?? (await createLocalReq({ user }, payload)), {
    action: 'export.created',
    actor: { id: user.id, email: user.email },
    target: { collection: 'cinema-talents', id: talent.id, label: talent.code },
    message: `Fiche PDF du talent cinéma ${talent.code}.`,
    metadata: { kind: 'cinema-talent-fiche', format: 'pdf', rows: 1, code: talent.code, withPrivate },
  })
  return new Response(Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>, {
    headers: {
      'Cache-Control': 'no-store',
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="fiche-${talent.code}.pdf"`,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
