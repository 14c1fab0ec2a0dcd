import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer'

import type { BadgeFonts } from '@/pdf/badgeFonts'
import { COLOURS } from '@/pdf/badgeLayout'
import type { BadgeImage } from '@/pdf/badgeTypes'

export type FicheSection = { title: string; lines: [label: string, value: string][] }

export type CinemaFicheProps = {
  title: string
  brand: string
  module: string
  name: string
  code: string
  subtitle: string
  photo: BadgeImage | null
  initials: string
  qrDataUrl: string
  profileUrl: string
  scanHint: string
  sections: FicheSection[]
  confidential: string
  fonts: BadgeFonts
  language: string
}

const styles = StyleSheet.create({
  page: { padding: 32, fontSize: 9, color: COLOURS.ink900, backgroundColor: COLOURS.white },
  band: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', backgroundColor: COLOURS.terracotta600, paddingVertical: 7, paddingHorizontal: 12, marginBottom: 16 },
  brand: { color: COLOURS.white, fontSize: 12 },
  module: { color: COLOURS.ochre300, fontSize: 10 },
  top: { flexDirection: 'row', gap: 16, marginBottom: 14 },
  photo: { width: 120, height: 150, borderRadius: 6, objectFit: 'cover' },
  placeholder: { width: 120, height: 150, borderRadius: 6, backgroundColor: COLOURS.terracotta50, alignItems: 'center', justifyContent: 'center' },
  initials: { fontSize: 36, color: COLOURS.terracotta600 },
  heading: { flex: 1 },
  name: { fontSize: 20, marginBottom: 4 },
  code: { fontSize: 11, color: COLOURS.terracotta700, marginBottom: 6 },
  subtitle: { fontSize: 9.5, color: COLOURS.ink600, lineHeight: 1.3 },
  qrBox: { alignItems: 'center', width: 96 },
  qr: { width: 92, height: 92 },
  qrHint: { fontSize: 6.5, color: COLOURS.ink500, textAlign: 'center', marginTop: 2 },
  section: { marginBottom: 10 },
  sectionTitle: { fontSize: 8, color: COLOURS.terracotta600, textTransform: 'uppercase', borderBottomWidth: 0.6, borderBottomColor: COLOURS.sand300, paddingBottom: 2, marginBottom: 4 },
  line: { flexDirection: 'row', marginBottom: 2 },
  label: { width: 130, color: COLOURS.ink600 },
  value: { flex: 1 },
  footer: { position: 'absolute', bottom: 18, left: 32, right: 32, fontSize: 7, color: COLOURS.ink500, flexDirection: 'row', justifyContent: 'space-between' },
})

/** One A4 page: photo, name, code and QR code of the public profile, then the profile's sections. */
export function CinemaFicheDocument(props: CinemaFicheProps) {
  const { fonts } = props
  return (
    <Document title={props.title} author="Taalentio" creator="Taalentio" producer="Taalentio" language={props.language}>
      <Page size="A4" style={[styles.page, fonts.regular]}>
        <View style={styles.band}>
          <Text style={[styles.brand, fonts.bold]}>{props.brand}</Text>
          <Text style={[styles.module, fonts.bold]}>{props.module}</Text>
        </View>
        <View style={styles.top}>
          {props.photo ? (
            // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf images have no alt attribute
            <Image style={styles.photo} src={{ data: props.photo.data, format: props.photo.format }} />
          ) : (
            <View style={styles.placeholder}>
              <Text style={[styles.initials, fonts.bold]}>{props.initials}</Text>
            </View>
          )}
          <View style={styles.heading}>
            <Text style={[styles.name, fonts.bold]}>{props.name}</Text>
            <Text style={[styles.code, fonts.mono]}>{props.code}</Text>
            <Text style={styles.subtitle}>{props.subtitle}</Text>
          </View>
          <View style={styles.qrBox}>
            {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf images have no alt attribute */}
            <Image style={styles.qr} src={props.qrDataUrl} />
            <Text style={styles.qrHint}>{props.scanHint}</Text>
          </View>
        </View>
        {props.sections.map((section) => (
          <View key={section.title} style={styles.section} wrap={false}>
            <Text style={[styles.sectionTitle, fonts.bold]}>{section.title}</Text>
            {section.lines.map(([label, value]) => (
              <View key={label} style={styles.line}>
                <Text style={styles.label}>{label}</Text>
                <Text style={styles.value}>{value}</Text>
              </View>
            ))}
          </View>
        ))}
        <View style={styles.footer} fixed>
          <Text>{props.confidential}</Text>
          <Text>{props.profileUrl}</Text>
        </View>
      </Page>
    </Document>
  )
}
