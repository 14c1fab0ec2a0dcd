import { createElement, type ReactElement } from 'react'

import { renderToBuffer, type DocumentProps } from '@react-pdf/renderer'
import { PDFDocument } from 'pdf-lib'

import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { getBadgeMessages } from '@/i18n/messages/badges'
import { BadgeSheetDocument, SingleBadgeDocument } from './BadgeDocuments'
import { foldToWinAnsi, pickBadgeFonts } from './badgeFonts'
import { CARDS_PER_SHEET } from './badgeLayout'
import type { Badge, BadgeFormat } from './badgeTypes'

const TEXT_FIELDS = ['name', 'initials', 'roleName', 'projectTitle', 'productionName'] as const

/** A badge before its own images (photo, QR code) are read: what is known of everyone up front. */
export type BadgeTexts = Omit<Badge, 'photo' | 'qrDataUrl'>
/** Reads the photos and QR codes of a run of badges, in the same order. */
export type LoadBadgeImages<T extends BadgeTexts> = (badges: T[]) => Promise<Badge[]>

/**
 * react-pdf lays out a whole document in memory before writing it (about 0.4 MB per card), so a
 * project's badges are drawn a few sheets at a time, each chunk a react-pdf document of its own whose
 * photos and QR codes are read only when its turn comes, and the chunks' pages are then joined in
 * order with pdf-lib. Memory follows the chunk, not the number of people: only the finished PDF
 * (≈ 5–15 KB a badge) grows with it. Chunks are whole A4 sheets, so the sheets are those of a
 * document drawn in one go. 500 badges: server +100–150 MB instead of +600 MB, in the same time.
 */
export const BADGE_SHEETS_PER_CHUNK = 5
export const BADGES_PER_CHUNK = BADGE_SHEETS_PER_CHUNK * CARDS_PER_SHEET

const alreadyLoaded = async (badges: BadgeTexts[]) => badges as Badge[]

/** The PDF of `badges` (at least one) as A4 sheets of cut-out cards or one card per page. */
export function renderBadgePdf(badges: Badge[], badgeFormat: BadgeFormat, locale: Locale): Promise<Buffer>
export function renderBadgePdf<T extends BadgeTexts>(badges: T[], badgeFormat: BadgeFormat, locale: Locale, loadImages: LoadBadgeImages<T>): Promise<Buffer>
export async function renderBadgePdf<T extends BadgeTexts>(
  badges: T[],
  badgeFormat: BadgeFormat,
  locale: Locale,
  loadImages: LoadBadgeImages<T> = alreadyLoaded as LoadBadgeImages<T>,
): Promise<Buffer> {
  if (badges.length === 0) throw new Error('renderBadgePdf: no badge to draw')
  const messages = getBadgeMessages(locale).pdf
  // One font choice for the whole document, whichever chunk holds the name that needs DejaVu.
  const fonts = pickBadgeFonts(badges.flatMap((badge) => TEXT_FIELDS.map((field) => badge[field])))
  const fold = <B extends BadgeTexts>(badge: B): B =>
    fonts.foldText ? { ...badge, ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, foldToWinAnsi(badge[field])])) } : badge
  const first = fold(badges[0])
  const title =
    badgeFormat === 'single' && badges.length === 1
      ? format(messages.singleTitle, { name: first.name, project: first.projectTitle })
      : format(messages.sheetTitle, { project: first.projectTitle, code: first.projectCode })
  const sheets = Math.ceil(badges.length / CARDS_PER_SHEET)

  const drawChunk = async (start: number): Promise<Buffer> => {
    const drawn = (await loadImages(badges.slice(start, start + BADGES_PER_CHUNK))).map(fold)
    const props = { badges: drawn, fonts, messages, title, language: locale, firstSheet: start / CARDS_PER_SHEET, sheets }
    const document = createElement(badgeFormat === 'sheet' ? BadgeSheetDocument : SingleBadgeDocument, props)
    return renderToBuffer(document as ReactElement<DocumentProps>)
  }

  const firstChunk = await drawChunk(0)
  if (badges.length <= BADGES_PER_CHUNK) return firstChunk
  // Each chunk's bytes are dropped once its pages are copied: only the joined document grows.
  const joined = await PDFDocument.create({ updateMetadata: false })
  await appendPages(joined, firstChunk)
  for (let start = BADGES_PER_CHUNK; start < badges.length; start += BADGES_PER_CHUNK) {
    await appendPages(joined, await drawChunk(start))
  }
  // The document information react-pdf writes for a document drawn in one go.
  joined.setTitle(title, { showInWindowTitleBar: true })
  joined.setAuthor('Taalentio')
  joined.setCreator('Taalentio')
  joined.setProducer('Taalentio')
  joined.setCreationDate(new Date())
  joined.setLanguage(locale)
  const bytes = await joined.save({ useObjectStreams: false })
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

async function appendPages(joined: PDFDocument, pdf: Buffer): Promise<void> {
  const part = await PDFDocument.load(pdf, { updateMetadata: false })
  for (const page of await joined.copyPages(part, part.getPageIndices())) joined.addPage(page)
}
