import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'

import { EVENT_LABELS, STATUS_LABELS, type ContractEventType, type ContractStatus } from '@/contracts/constants'
import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { ContractDocumentMessages } from '@/i18n/messages/contractDocument'
import type { BadgeFonts } from './badgeFonts'

export type ContractPdfSigner = {
  order: number
  role: 'talent' | 'staff'
  name: string
  signedAt?: string | null
  method?: 'drawn' | 'typed' | null
  typedName?: string | null
  signatureImage?: string | null
  identity?: 'code' | 'otp' | null
  ip?: string | null
}
export type ContractPdfEvent = { type: string; at: string; actorLabel?: string | null; ip?: string | null; userAgent?: string | null }

export type ContractPdfData = {
  reference: string
  title: string
  status: ContractStatus
  partyLine: string
  amount: string
  period: string
  /** The frozen Lexical state of the rendered contract. */
  content: unknown
  signers: ContractPdfSigner[]
  events: ContractPdfEvent[]
  documentHash?: string | null
  signedAt?: string | null
  verifyUrl: string
  qrDataUrl: string
  draft: boolean
}

type Props = { data: ContractPdfData; fonts: BadgeFonts; messages: ContractDocumentMessages; locale: Locale; text: (value: string) => string }

const INK = '#1E1A17'
const MUTED = '#6B625A'
const BRAND = '#B4461F'
const LINE = '#EADFD2'

const styles = StyleSheet.create({
  page: { paddingTop: 56, paddingBottom: 64, paddingHorizontal: 56, fontSize: 10.5, lineHeight: 1.45, color: INK },
  header: { flexDirection: 'row', justifyContent: 'space-between', borderBottomWidth: 2, borderBottomColor: BRAND, paddingBottom: 8, marginBottom: 18 },
  brand: { fontSize: 12, color: BRAND },
  headerRef: { fontSize: 9, color: MUTED },
  title: { fontSize: 18, marginBottom: 10 },
  facts: { borderWidth: 1, borderColor: LINE, borderRadius: 4, padding: 10, marginBottom: 16 },
  factRow: { flexDirection: 'row', marginBottom: 2 },
  factLabel: { width: 80, color: MUTED },
  paragraph: { marginBottom: 8 },
  quote: { marginBottom: 8, paddingLeft: 10, borderLeftWidth: 2, borderLeftColor: LINE, color: MUTED },
  listItem: { flexDirection: 'row', marginBottom: 4 },
  bullet: { width: 16 },
  section: { fontSize: 13, marginTop: 18, marginBottom: 8 },
  signatures: { flexDirection: 'row', flexWrap: 'wrap', gap: 12 },
  signatureBox: { width: 230, borderWidth: 1, borderColor: LINE, borderRadius: 4, padding: 10, minHeight: 110 },
  signatureRole: { fontSize: 8.5, color: MUTED, textTransform: 'uppercase', letterSpacing: 1 },
  signatureImage: { height: 48, objectFit: 'contain', marginVertical: 4 },
  typed: { fontSize: 16, marginVertical: 10 },
  small: { fontSize: 8.5, color: MUTED },
  // From the top: react-pdf drops a fixed text placed with `bottom` on these pages. A4 is 841.89 pt high.
  footer: { position: 'absolute', top: 800, left: 56, right: 56, fontSize: 8, color: MUTED, textAlign: 'center' },
  watermark: { position: 'absolute', top: 330, left: 90, fontSize: 110, color: '#E0A43A', opacity: 0.18, transform: 'rotate(-35deg)' },
  hash: { fontSize: 8.2, marginVertical: 4, padding: 6, backgroundColor: '#FBF7F1' },
  table: { borderTopWidth: 1, borderTopColor: LINE, marginBottom: 10 },
  row: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: LINE, paddingVertical: 3 },
  cell: { paddingRight: 4, fontSize: 8 },
  headCell: { paddingRight: 4, fontSize: 8, color: MUTED },
  verify: { flexDirection: 'row', marginTop: 14, alignItems: 'center' },
  qr: { width: 110, height: 110, marginRight: 14 },
})

type LexicalNode = { type?: string; text?: string; format?: number | string; tag?: string; listType?: string; children?: LexicalNode[] }

const IS_BOLD = 1
const IS_ITALIC = 2
const IS_UNDERLINE = 8

/** The rendered contract (frozen Lexical state) as PDF text: headings, paragraphs, lists, quotes, bold/italic/underline. */
function LexicalBlocks({ nodes, fonts, text }: { nodes: LexicalNode[]; fonts: BadgeFonts; text: (value: string) => string }): ReactNode {
  const inline = (children: LexicalNode[] = []): ReactNode[] =>
    children.map((node, index) => {
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return '\t'
      if (typeof node.text === 'string') {
        const formatBits = typeof node.format === 'number' ? node.format : 0
        const style = {
          ...(formatBits & IS_BOLD ? fonts.bold : {}),
          ...(formatBits & IS_ITALIC && fonts.regular.fontFamily === 'Helvetica' ? { fontFamily: formatBits & IS_BOLD ? 'Helvetica-BoldOblique' : 'Helvetica-Oblique' } : {}),
          ...(formatBits & IS_UNDERLINE ? { textDecoration: 'underline' as const } : {}),
        }
        return (
          <Text key={index} style={style}>
            {text(node.text)}
          </Text>
        )
      }
      return <Text key={index}>{inline(node.children)}</Text>
    })

  const block = (node: LexicalNode, index: number, number?: number): ReactNode => {
    switch (node.type) {
      case 'heading': {
        const size = { h1: 16, h2: 14, h3: 12.5 }[node.tag ?? ''] ?? 11.5
        return (
          <Text key={index} style={[styles.paragraph, fonts.bold, { fontSize: size, marginTop: 6 }]}>
            {inline(node.children)}
          </Text>
        )
      }
      case 'quote':
        return (
          <Text key={index} style={styles.quote}>
            {inline(node.children)}
          </Text>
        )
      case 'list':
        return (
          <View key={index} style={{ marginBottom: 8 }}>
            {(node.children ?? []).map((item, itemIndex) => block(item, itemIndex, node.listType === 'number' ? itemIndex + 1 : undefined))}
          </View>
        )
      case 'listitem': {
        const nested = (node.children ?? []).filter((child) => child.type === 'list')
        const words = (node.children ?? []).filter((child) => child.type !== 'list')
        return (
          <View key={index} style={styles.listItem} wrap={false}>
            <Text style={styles.bullet}>{number ? `${number}.` : '•'}</Text>
            <View style={{ flex: 1 }}>
              <Text>{inline(words)}</Text>
              {nested.map((list, listIndex) => block(list, listIndex))}
            </View>
          </View>
        )
      }
      case 'horizontalrule':
        return <View key={index} style={{ borderBottomWidth: 1, borderBottomColor: LINE, marginVertical: 8 }} />
      case 'paragraph':
      default:
        return (
          <Text key={index} style={styles.paragraph}>
            {inline(node.children)}
          </Text>
        )
    }
  }
  return <>{nodes.map((node, index) => block(node, index))}</>
}

const utc = (value: string | null | undefined, locale: Locale) =>
  value ? `${new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' }).format(new Date(value))} UTC` : '—'

function Footer({ data, messages, text }: { data: ContractPdfData; messages: ContractDocumentMessages; text: (value: string) => string }) {
  const label = text(`${format(messages.contract, { reference: data.reference })} · ${data.title}`)
  return <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `${label}   —   ${format(messages.page, { page: pageNumber, pages: totalPages })}`} />
}

function Header({ data, messages, fonts }: { data: ContractPdfData; messages: ContractDocumentMessages; fonts: BadgeFonts }) {
  return (
    <View style={styles.header}>
      <Text style={[styles.brand, fonts.bold]}>{messages.brand}</Text>
      <Text style={styles.headerRef}>{format(messages.contract, { reference: data.reference })}</Text>
    </View>
  )
}

/** The contract and, once signed, its certificate page (signers, audit trail, SHA-256, QR code to the verification page). */
export function ContractDocument({ data, fonts, messages, locale, text }: Props) {
  const root = (data.content as { root?: LexicalNode } | null)?.root
  const m = messages.certificate
  return (
    <Document title={text(`${data.title} — ${data.reference}`)} author="Taalentio" subject={text(format(messages.contract, { reference: data.reference }))} language={locale} creator="Taalentio" producer="Taalentio">
      <Page size="A4" style={[styles.page, fonts.regular]}>
        <Footer data={data} messages={messages} text={text} />
        {data.draft ? (
          <Text style={[styles.watermark, fonts.bold]} fixed>
            {messages.draft}
          </Text>
        ) : null}
        <Header data={data} messages={messages} fonts={fonts} />
        {data.draft ? <Text style={[styles.small, { marginBottom: 8 }]}>{messages.draftNotice}</Text> : null}
        <Text style={[styles.title, fonts.bold]}>{text(data.title)}</Text>
        <View style={styles.facts}>
          <View style={styles.factRow}>
            <Text style={styles.factLabel}>{messages.party}</Text>
            <Text style={{ flex: 1 }}>{text(data.partyLine)}</Text>
          </View>
          {data.amount ? (
            <View style={styles.factRow}>
              <Text style={styles.factLabel}>{messages.amount}</Text>
              <Text style={{ flex: 1 }}>{text(data.amount)}</Text>
            </View>
          ) : null}
          {data.period ? (
            <View style={styles.factRow}>
              <Text style={styles.factLabel}>{messages.period}</Text>
              <Text style={{ flex: 1 }}>{text(data.period)}</Text>
            </View>
          ) : null}
        </View>
        <LexicalBlocks nodes={root?.children ?? []} fonts={fonts} text={text} />
        <Text style={[styles.section, fonts.bold]}>{messages.signatures}</Text>
        <View style={styles.signatures}>
          {data.signers.map((signer) => (
            <View key={signer.order} style={styles.signatureBox} wrap={false}>
              <Text style={styles.signatureRole}>{messages.roles[signer.role]}</Text>
              <Text style={fonts.bold}>{text(signer.name)}</Text>
              {signer.signedAt && signer.method === 'drawn' && signer.signatureImage ? <Image style={styles.signatureImage} src={signer.signatureImage} /> : null}
              {signer.signedAt && signer.method === 'typed' ? <Text style={[styles.typed, { fontFamily: fonts.regular.fontFamily === 'Helvetica' ? 'Times-Italic' : fonts.regular.fontFamily }]}>{text(signer.typedName ?? signer.name)}</Text> : null}
              <Text style={styles.small}>{signer.signedAt ? format(messages.signedOn, { date: utc(signer.signedAt, locale) }) : messages.notSigned}</Text>
            </View>
          ))}
        </View>
      </Page>
      {data.draft ? null : (
        <Page size="A4" style={[styles.page, fonts.regular]}>
          <Footer data={data} messages={messages} text={text} />
          <Header data={data} messages={messages} fonts={fonts} />
          <Text style={[styles.title, fonts.bold]}>{m.title}</Text>
          <Text style={styles.paragraph}>{text(format(m.intro, { reference: data.reference }))}</Text>
          <View style={styles.factRow}>
            <Text style={[styles.factLabel, { width: 110 }]}>{m.status}</Text>
            <Text>{STATUS_LABELS[data.status][locale]}</Text>
          </View>
          <View style={styles.factRow}>
            <Text style={[styles.factLabel, { width: 110 }]}>{m.signedAt}</Text>
            <Text>{utc(data.signedAt, locale)}</Text>
          </View>
          <Text style={[styles.section, fonts.bold]}>{m.hash}</Text>
          <Text style={[styles.hash, fonts.mono]}>{data.documentHash ?? '—'}</Text>
          <Text style={styles.small}>{m.hashHelp}</Text>
          <Text style={[styles.section, fonts.bold]}>{m.signers}</Text>
          <View style={styles.table}>
            <View style={styles.row}>
              {[m.columns.name, m.columns.role, m.columns.signedAt, m.columns.method, m.columns.identity, m.columns.ip].map((label, index) => (
                <Text key={label} style={[styles.headCell, { width: ['26%', '12%', '24%', '12%', '14%', '12%'][index] }]}>
                  {label}
                </Text>
              ))}
            </View>
            {data.signers.map((signer) => (
              <View key={signer.order} style={styles.row} wrap={false}>
                <Text style={[styles.cell, { width: '26%' }]}>{text(signer.name)}</Text>
                <Text style={[styles.cell, { width: '12%' }]}>{messages.roles[signer.role]}</Text>
                <Text style={[styles.cell, { width: '24%' }]}>{utc(signer.signedAt, locale)}</Text>
                <Text style={[styles.cell, { width: '12%' }]}>{signer.method ? m.methods[signer.method] : '—'}</Text>
                <Text style={[styles.cell, { width: '14%' }]}>{signer.identity ? m.identities[signer.identity] : '—'}</Text>
                <Text style={[styles.cell, { width: '12%' }]}>{signer.ip ?? '—'}</Text>
              </View>
            ))}
          </View>
          <Text style={[styles.section, fonts.bold]}>{m.events}</Text>
          <View style={styles.table}>
            <View style={styles.row}>
              {[m.eventColumns.at, m.eventColumns.event, m.eventColumns.actor, m.eventColumns.ip, m.eventColumns.userAgent].map((label, index) => (
                <Text key={label} style={[styles.headCell, { width: ['20%', '20%', '26%', '10%', '24%'][index] }]}>
                  {label}
                </Text>
              ))}
            </View>
            {data.events.map((event, index) => (
              <View key={index} style={styles.row} wrap={false}>
                <Text style={[styles.cell, { width: '20%' }]}>{new Date(event.at).toISOString().replace('T', ' ').slice(0, 19)}</Text>
                <Text style={[styles.cell, { width: '20%' }]}>{EVENT_LABELS[event.type as ContractEventType]?.[locale] ?? event.type}</Text>
                <Text style={[styles.cell, { width: '26%' }]}>{text(event.actorLabel ?? '—')}</Text>
                <Text style={[styles.cell, { width: '10%' }]}>{event.ip ?? '—'}</Text>
                <Text style={[styles.cell, { width: '24%' }]}>{text((event.userAgent ?? '—').slice(0, 90))}</Text>
              </View>
            ))}
          </View>
          <View style={styles.verify} wrap={false}>
            <Image style={styles.qr} src={data.qrDataUrl} />
            <View style={{ flex: 1 }}>
              <Text style={[fonts.bold, { marginBottom: 4 }]}>{m.verify}</Text>
              <Text style={[styles.small, { marginBottom: 4 }]}>{m.verifyHelp}</Text>
              <Text style={[styles.small, fonts.mono]}>{data.verifyUrl}</Text>
            </View>
          </View>
        </Page>
      )}
    </Document>
  )
}
