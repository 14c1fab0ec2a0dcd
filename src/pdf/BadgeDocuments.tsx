import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer'

import { format } from '@/i18n'
import type { BadgeMessages } from '@/i18n/messages/badges'
import { BadgeCard } from './BadgeCard'
import type { BadgeFonts } from './badgeFonts'
import { CARD, CARDS_PER_SHEET, COLOURS, SHEET, SHEET_GRID, cardBoxOnSheet } from './badgeLayout'
import type { Badge } from './badgeTypes'

type DocumentProps = {
  badges: Badge[]
  fonts: BadgeFonts
  messages: BadgeMessages['pdf']
  title: string
  language: string
  /** When the document is one chunk of a longer one (src/pdf/renderBadges.ts): its first sheet's index, and the whole's sheet count. */
  firstSheet?: number
  sheets?: number
}

const styles = StyleSheet.create({
  sheet: { width: SHEET.width, height: SHEET.height, backgroundColor: COLOURS.white },
  slot: { position: 'absolute', width: CARD.width, height: CARD.height },
  // A hairline around each card for scissors; crop marks in the margins for a guillotine.
  cutLine: { position: 'absolute', borderWidth: 0.35, borderColor: COLOURS.sand300, borderStyle: 'dashed' },
  mark: { position: 'absolute', backgroundColor: COLOURS.ink900 },
  footer: { position: 'absolute', left: SHEET_GRID.left, right: SHEET_GRID.left, fontSize: 6.5, color: COLOURS.ink500, textAlign: 'center' },
})

const MARK_THICKNESS = 0.5

/** Crop marks in the page margins, in line with every vertical and horizontal cut. */
function CropMarks() {
  const gridRight = SHEET_GRID.left + SHEET.columns * CARD.width
  const gridBottom = SHEET_GRID.top + SHEET.rows * CARD.height
  const marks: { left: number; top: number; width: number; height: number }[] = []
  for (let column = 0; column <= SHEET.columns; column += 1) {
    const x = SHEET_GRID.left + column * CARD.width - MARK_THICKNESS / 2
    marks.push({ left: x, top: SHEET_GRID.top - SHEET.cropGap - SHEET.cropMark, width: MARK_THICKNESS, height: SHEET.cropMark })
    marks.push({ left: x, top: gridBottom + SHEET.cropGap, width: MARK_THICKNESS, height: SHEET.cropMark })
  }
  for (let row = 0; row <= SHEET.rows; row += 1) {
    const y = SHEET_GRID.top + row * CARD.height - MARK_THICKNESS / 2
    marks.push({ left: SHEET_GRID.left - SHEET.cropGap - SHEET.cropMark, top: y, width: SHEET.cropMark, height: MARK_THICKNESS })
    marks.push({ left: gridRight + SHEET.cropGap, top: y, width: SHEET.cropMark, height: MARK_THICKNESS })
  }
  return (
    <>
      {marks.map((mark, index) => (
        <View key={index} style={[styles.mark, mark]} />
      ))}
    </>
  )
}

/** A4 pages of 3 × 3 cut-out badges with crop marks, as many pages as needed. */
export function BadgeSheetDocument({ badges, fonts, messages, title, language, firstSheet = 0, sheets }: DocumentProps) {
  const pages = Math.ceil(badges.length / CARDS_PER_SHEET)
  const totalSheets = sheets ?? pages
  const first = badges[0]
  return (
    <Document title={title} author="Taalentio" creator="Taalentio" producer="Taalentio" language={language}>
      {Array.from({ length: pages }, (_, page) => {
        const onPage = badges.slice(page * CARDS_PER_SHEET, (page + 1) * CARDS_PER_SHEET)
        return (
          <Page key={page} size="A4" style={styles.sheet}>
            {onPage.map((badge, slot) => {
              const box = cardBoxOnSheet(slot)
              return (
                <View key={slot} style={[styles.slot, { left: box.x, top: box.y }]}>
                  <BadgeCard badge={badge} fonts={fonts} messages={messages} />
                  <View style={[styles.cutLine, { left: 0, top: 0, width: CARD.width, height: CARD.height }]} />
                </View>
              )
            })}
            <CropMarks />
            <Text style={[styles.footer, fonts.regular, { top: SHEET.height - SHEET_GRID.top / 2 - 3 }]}>
              {format(messages.sheetFooter, { project: first.projectTitle, code: first.projectCode, page: firstSheet + page + 1, pages: totalSheets })}
            </Text>
          </Page>
        )
      })}
    </Document>
  )
}

/** One card-size page (54 × 86 mm) per badge, for card printers and single prints. */
export function SingleBadgeDocument({ badges, fonts, messages, title, language }: DocumentProps) {
  return (
    <Document title={title} author="Taalentio" creator="Taalentio" producer="Taalentio" language={language}>
      {badges.map((badge, index) => (
        <Page key={index} size={[CARD.width, CARD.height]}>
          <BadgeCard badge={badge} fonts={fonts} messages={messages} />
        </Page>
      ))}
    </Document>
  )
}
