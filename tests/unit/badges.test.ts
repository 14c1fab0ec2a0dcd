import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { initialsOf, parseBadgeStatuses } from '@/cinema/badges'
import { foldToWinAnsi, isWinAnsi, pickBadgeFonts } from '@/pdf/badgeFonts'
import { CARD, cardBoxOnSheet, CARDS_PER_SHEET, mm, SHEET } from '@/pdf/badgeLayout'
import type { Badge } from '@/pdf/badgeTypes'
import { renderBadgePdf } from '@/pdf/renderBadges'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import { qrPng } from '@/qr/qrCode'
import { decodeQr, pdfPagesAsPng, pdfText } from '../helpers/pdf'

async function badge(name: string, code = 'CIABJ00001F'): Promise<Badge> {
  const profileUrl = cinemaProfileUrl(code)
  return {
    name,
    initials: 'AA',
    photo: null,
    roleName: 'Griot du village',
    kind: 'cast',
    projectTitle: 'L’Été à Grand-Bassam',
    projectCode: 'CIAKWFLM001',
    productionName: 'Akwaba Films',
    productionLogo: null,
    cinemaCode: code,
    profileUrl,
    qrDataUrl: `data:image/png;base64,${(await qrPng(profileUrl, { size: 544 })).toString('base64')}`,
  }
}

describe('badge fonts', () => {
  it('knows what the standard Helvetica can print: French yes, West African letters no', () => {
    expect(isWinAnsi('Éloïse N’Guessan « Œuvre » à l’été — ç')).toBe(true)
    expect(isWinAnsi('Adéọlá')).toBe(false)
    expect(isWinAnsi('Kɔfi')).toBe(false)
  })

  it('folds letters Helvetica lacks to their closest spelling, keeping the accents it has', () => {
    expect(foldToWinAnsi('Adéọlá Ẹ̀dẹ́')).toBe('Adéolá Èdé')
    expect(foldToWinAnsi('Kɔfi Ŋgɔ Ɗanladi')).toBe('Kofi Ngo Danladi')
    expect(foldToWinAnsi('Éloïse N’Guessan')).toBe('Éloïse N’Guessan')
  })

  it('keeps Helvetica for French, takes DejaVu Sans for other letters, and folds when it is missing', () => {
    expect(pickBadgeFonts(['Éloïse N’Guessan'])).toMatchObject({ regular: { fontFamily: 'Helvetica' }, foldText: false })
    const nowhere = mkdtempSync(path.join(tmpdir(), 'no-fonts-'))
    expect(pickBadgeFonts(['Adéọlá'], { dejaVuDirectory: nowhere })).toMatchObject({ regular: { fontFamily: 'Helvetica' }, foldText: true })
  })

  it('prints French accents and apostrophes exactly, and a Yoruba name readably', async () => {
    const french = await pdfText(await renderBadgePdf([await badge('Éloïse N’Guessan')], 'single', 'fr'))
    expect(french.replace(/\s+/g, ' ')).toContain('Éloïse N’Guessan')
    expect(french.replace(/\s+/g, ' ')).toContain('L’Été à Grand-Bassam')

    const yoruba = (await pdfText(await renderBadgePdf([await badge('Adéọlá Ọ̀ṣun')], 'single', 'fr'))).replace(/\s+/g, ' ')
    // With DejaVu Sans (Debian's fonts-dejavu-core) the name prints as written; without, folded.
    expect(yoruba).toContain(existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') ? 'Adéọlá' : 'Adéolá')
  })
})

describe('badge layout', () => {
  it('fits the 3 × 3 grid of 54 × 86 mm cards on A4 with room for the crop marks', () => {
    expect(CARD.width).toBeCloseTo(mm(54))
    expect(CARD.height).toBeCloseTo(mm(86))
    const last = cardBoxOnSheet(CARDS_PER_SHEET - 1)
    const first = cardBoxOnSheet(0)
    expect(first.x).toBeGreaterThan(SHEET.cropMark + SHEET.cropGap)
    expect(first.y).toBeGreaterThan(SHEET.cropMark + SHEET.cropGap)
    expect(SHEET.width - (last.x + last.width)).toBeCloseTo(first.x)
    expect(SHEET.height - (last.y + last.height)).toBeCloseTo(first.y)
    expect(cardBoxOnSheet(CARDS_PER_SHEET)).toMatchObject({ page: 1, x: first.x, y: first.y })
  })

  it('draws a QR code a phone still reads from a 150 dpi scan of the single badge', async () => {
    const pdf = await renderBadgePdf([await badge('Awa Koné', 'CIABJ00042F')], 'single', 'fr')
    const [page] = await pdfPagesAsPng(pdf, { dpi: 150 })
    expect(decodeQr(page)).toBe(cinemaProfileUrl('CIABJ00042F'))
  })
})

describe('badge data helpers', () => {
  it('takes initials from first and last names, else from the display name', () => {
    expect(initialsOf({ firstName: 'éloïse', lastName: 'N’Guessan', displayName: 'Éloïse N’Guessan' })).toBe('ÉN')
    expect(initialsOf({ firstName: '', lastName: '', displayName: 'Black Panther' })).toBe('BP')
  })

  it('reads ?status= as a list of known statuses and refuses others clearly', () => {
    expect(parseBadgeStatuses(null, 'fr')).toEqual(['proposed', 'confirmed', 'completed'])
    expect(parseBadgeStatuses('confirmed, proposed', 'fr')).toEqual(['confirmed', 'proposed'])
    expect(() => parseBadgeStatuses('confirmed,maybe', 'en')).toThrow(/Unknown status “maybe”/)
  })
})
