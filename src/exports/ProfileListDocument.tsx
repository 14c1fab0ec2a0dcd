import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer'

import type { BadgeFonts } from '@/pdf/badgeFonts'
import { COLOURS } from '@/pdf/badgeLayout'

/** A column of the printable list: its share of the row's width and each row's text. */
export type ListColumn = { header: string; flex: number }

export type ProfileListProps = {
  title: string
  brand: string
  module?: string
  subtitle: string
  confidential: string
  pageLabel: (page: number, pages: number) => string
  columns: ListColumn[]
  rows: string[][]
  fonts: BadgeFonts
  language: string
}

const styles = StyleSheet.create({
  page: { paddingTop: 28, paddingBottom: 40, paddingHorizontal: 28, fontSize: 8, color: COLOURS.ink900, backgroundColor: COLOURS.white },
  band: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', backgroundColor: COLOURS.terracotta600, paddingVertical: 6, paddingHorizontal: 10, marginBottom: 6 },
  brand: { color: COLOURS.white, fontSize: 11 },
  module: { color: COLOURS.ochre300, fontSize: 9 },
  title: { fontSize: 16, marginBottom: 2 },
  subtitle: { fontSize: 8.5, color: COLOURS.ink600, marginBottom: 8 },
  header: { flexDirection: 'row', backgroundColor: COLOURS.sand100, borderBottomWidth: 0.8, borderBottomColor: COLOURS.sand300 },
  row: { flexDirection: 'row', borderBottomWidth: 0.4, borderBottomColor: COLOURS.sand300 },
  zebra: { backgroundColor: COLOURS.sand50 },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  headerText: { fontSize: 7.5, color: COLOURS.terracotta700 },
  footer: { position: 'absolute', bottom: 18, left: 28, right: 28, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7, color: COLOURS.ink500 },
})

/** A branded A4 landscape table, its header repeated on every page. */
export function ProfileListDocument({ title, brand, module, subtitle, confidential, pageLabel, columns, rows, fonts, language }: ProfileListProps) {
  return (
    <Document title={title} author="Taalentio" creator="Taalentio" producer="Taalentio" language={language}>
      <Page size="A4" orientation="landscape" style={[styles.page, fonts.regular]} wrap>
        <View style={styles.band} fixed>
          <Text style={[styles.brand, fonts.bold]}>{brand}</Text>
          {module ? <Text style={[styles.module, fonts.bold]}>{module}</Text> : null}
        </View>
        <Text style={[styles.title, fonts.bold]}>{title}</Text>
        <Text style={styles.subtitle}>{subtitle}</Text>
        <View style={styles.header} fixed>
          {columns.map((column) => (
            <View key={column.header} style={[styles.cell, { flex: column.flex }]}>
              <Text style={[styles.headerText, fonts.bold]}>{column.header}</Text>
            </View>
          ))}
        </View>
        {rows.map((row, index) => (
          <View key={index} style={index % 2 ? [styles.row, styles.zebra] : styles.row} wrap={false}>
            {row.map((text, cell) => (
              <View key={cell} style={[styles.cell, { flex: columns[cell].flex }]}>
                <Text style={cell === 0 ? fonts.mono : undefined}>{text}</Text>
              </View>
            ))}
          </View>
        ))}
        <View style={styles.footer} fixed>
          <Text>{confidential}</Text>
          <Text render={({ pageNumber, totalPages }) => pageLabel(pageNumber, totalPages)} />
        </View>
      </Page>
    </Document>
  )
}
