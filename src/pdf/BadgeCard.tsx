import { Image, StyleSheet, Text, View } from '@react-pdf/renderer'

import type { BadgeMessages } from '@/i18n/messages/badges'
import type { BadgeFonts } from './badgeFonts'
import { CARD, COLOURS, QR_SIZE, mm } from './badgeLayout'
import type { Badge } from './badgeTypes'

/** Names and titles never break inside a word. */
const wholeWords = (word: string) => [word]

const PHOTO = { width: mm(21), height: mm(26.25) }
const PADDING = mm(3.2)

const styles = StyleSheet.create({
  card: { width: CARD.width, height: CARD.height, backgroundColor: COLOURS.white, flexDirection: 'column' },
  band: {
    height: mm(5.5),
    backgroundColor: COLOURS.terracotta600,
    flexDirection: 'row',
    alignItems: 'center',
    justifyContent: 'space-between',
    paddingHorizontal: PADDING,
  },
  bandText: { fontSize: 5.6, letterSpacing: 1.4, color: COLOURS.white },
  bandModule: { fontSize: 5.6, letterSpacing: 1.4, color: COLOURS.ochre300 },
  production: { height: mm(11), flexDirection: 'row', alignItems: 'center', paddingHorizontal: PADDING, gap: mm(2.5) },
  logo: { maxHeight: mm(8), maxWidth: mm(22), objectFit: 'contain' },
  productionName: { flex: 1, fontSize: 6.8, color: COLOURS.ink700, textAlign: 'right', maxLines: 2, textOverflow: 'ellipsis' },
  productionNameAlone: { flex: 1, fontSize: 8, color: COLOURS.ink900, maxLines: 2, textOverflow: 'ellipsis' },
  weave: { flexDirection: 'row', height: mm(1.2) },
  identity: { flexDirection: 'row', paddingHorizontal: PADDING, paddingTop: mm(3), gap: mm(2.6) },
  photo: { width: PHOTO.width, height: PHOTO.height, borderRadius: mm(1.6), objectFit: 'cover' },
  placeholder: {
    width: PHOTO.width,
    height: PHOTO.height,
    borderRadius: mm(1.6),
    backgroundColor: COLOURS.terracotta50,
    borderWidth: 0.6,
    borderColor: COLOURS.terracotta100,
    alignItems: 'center',
    justifyContent: 'center',
  },
  initials: { fontSize: 20, color: COLOURS.terracotta600, letterSpacing: 1 },
  identityText: { flex: 1, flexDirection: 'column', justifyContent: 'flex-start' },
  name: { color: COLOURS.ink900, maxLines: 3, textOverflow: 'ellipsis', lineHeight: 1.15 },
  label: { fontSize: 5, letterSpacing: 1, color: COLOURS.terracotta600, textTransform: 'uppercase', marginBottom: 1.2 },
  roleName: { fontSize: 7.6, color: COLOURS.ink900, maxLines: 2, textOverflow: 'ellipsis', lineHeight: 1.2 },
  kind: { fontSize: 6, color: COLOURS.ink500, marginTop: 1 },
  project: {
    marginHorizontal: PADDING,
    marginTop: mm(2.6),
    paddingTop: mm(1.8),
    borderTopWidth: 0.6,
    borderTopColor: COLOURS.sand300,
  },
  projectTitle: { fontSize: 7.6, color: COLOURS.ink900, maxLines: 2, textOverflow: 'ellipsis', lineHeight: 1.2 },
  projectCode: { fontSize: 6.6, color: COLOURS.ink600, marginTop: 1, letterSpacing: 0.3 },
  spacer: { flexGrow: 1 },
  scan: { flexDirection: 'row', alignItems: 'center', paddingLeft: mm(1.2), paddingRight: PADDING, gap: mm(1) },
  qr: { width: QR_SIZE, height: QR_SIZE },
  scanText: { flex: 1, flexDirection: 'column' },
  code: { fontSize: 8.6, color: COLOURS.ink900, letterSpacing: 0.2 },
  scanHint: { fontSize: 5.2, color: COLOURS.ink500, marginTop: 2, lineHeight: 1.25 },
})

function nameSize(name: string): number {
  if (name.length > 30) return 8
  if (name.length > 20) return 9.4
  return 11
}

/** A strip of alternating terracotta and ochre blocks: the site's woven divider, on paper. */
function Weave() {
  const colours = [COLOURS.terracotta600, COLOURS.ochre400, COLOURS.ink900, COLOURS.ochre400]
  return (
    <View style={styles.weave}>
      {Array.from({ length: 18 }, (_, index) => (
        <View key={index} style={{ flex: 1, backgroundColor: colours[index % colours.length] }} />
      ))}
    </View>
  )
}

/** One badge, 54 × 86 mm, drawn at the top left of its container. */
export function BadgeCard({ badge, fonts, messages }: { badge: Badge; fonts: BadgeFonts; messages: BadgeMessages['pdf'] }) {
  return (
    <View style={styles.card} wrap={false}>
      <View style={styles.band}>
        <Text style={[styles.bandText, fonts.bold]}>{messages.brand}</Text>
        <Text style={[styles.bandModule, fonts.bold]}>{messages.module}</Text>
      </View>

      <View style={styles.production}>
        {badge.productionLogo ? (
          <>
            {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf images take no alt */}
            <Image style={styles.logo} src={badge.productionLogo} />
            <Text style={[styles.productionName, fonts.bold]} hyphenationCallback={wholeWords}>
              {badge.productionName}
            </Text>
          </>
        ) : (
          <Text style={[styles.productionNameAlone, fonts.bold]} hyphenationCallback={wholeWords}>
            {badge.productionName}
          </Text>
        )}
      </View>
      <Weave />

      <View style={styles.identity}>
        {badge.photo ? (
          // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf images take no alt
          <Image style={styles.photo} src={badge.photo} />
        ) : (
          <View style={styles.placeholder}>
            <Text style={[styles.initials, fonts.bold]}>{badge.initials}</Text>
          </View>
        )}
        <View style={styles.identityText}>
          <Text style={[styles.name, fonts.bold, { fontSize: nameSize(badge.name) }]} hyphenationCallback={wholeWords}>
            {badge.name}
          </Text>
          <View style={{ marginTop: mm(2.2) }}>
            <Text style={[styles.label, fonts.bold]}>{messages.role}</Text>
            <Text style={[styles.roleName, fonts.bold]} hyphenationCallback={wholeWords}>
              {badge.roleName}
            </Text>
            <Text style={[styles.kind, fonts.regular]}>{messages.kinds[badge.kind]}</Text>
          </View>
        </View>
      </View>

      <View style={styles.project}>
        <Text style={[styles.label, fonts.bold]}>{messages.project}</Text>
        <Text style={[styles.projectTitle, fonts.bold]} hyphenationCallback={wholeWords}>
          {badge.projectTitle}
        </Text>
        <Text style={[styles.projectCode, fonts.mono]}>{badge.projectCode}</Text>
      </View>

      <View style={styles.spacer} />

      <View style={styles.scan}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf images take no alt */}
        <Image style={styles.qr} src={badge.qrDataUrl} />
        <View style={styles.scanText}>
          <Text style={[styles.label, fonts.bold]}>{messages.cinemaCode}</Text>
          <Text style={[styles.code, fonts.mono]}>{badge.cinemaCode}</Text>
          <Text style={[styles.scanHint, fonts.regular]}>{messages.scanHint}</Text>
        </View>
      </View>
      <View style={{ height: mm(1.8) }} />
      <Weave />
    </View>
  )
}
