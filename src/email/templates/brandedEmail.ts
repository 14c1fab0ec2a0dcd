import { format, type Locale } from '@/i18n'

import { escapeHtml } from '../escapeHtml'
import { emailMessages } from '../messages'
import { EMAIL_LOGO, publicSiteUrl } from '../siteUrl'

/** What every template returns: ready for `payload.sendEmail({ to, ...email })`. */
export type RenderedEmail = { subject: string; html: string; text: string }

export type BrandedEmailInput = {
  locale: Locale
  /** Heading of the message; also the subject unless `subject` is given. */
  title: string
  subject?: string
  /** Plain-text paragraphs (escaped here, never HTML). */
  paragraphs: string[]
  /** A value to stand out, such as the talent's code. */
  highlight?: { label: string; value: string; help?: string }
  /** The one button of the message, after the sentence that explains it. Only http(s) links. */
  action?: { label: string; url: string; intro?: string }
  /** Paragraphs after the button. */
  closingParagraphs?: string[]
  /** Hidden preview line shown by mail clients next to the subject. */
  preheader?: string
  /** Why the person received this email, shown in the footer. */
  reason?: string
  /** Replaces the footer's "do not reply" line, for emails meant to be answered (Reply-To set). */
  automatedNotice?: string
  /** Absolute base URL of the site (logo, links); NEXT_PUBLIC_SERVER_URL by default. */
  siteUrl?: string
}

const COLORS = {
  page: '#FBF7F1',
  card: '#FFFFFF',
  border: '#EADFD2',
  brand: '#B4461F',
  accent: '#E0A43A',
  ink: '#1E1A17',
  muted: '#6B625A',
} as const

const FONT = "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
const MONO = "'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace"

/** A subject is a header: no line breaks, whatever a name contains. */
function singleLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim()
}

function assertWebUrl(url: string): string {
  const { protocol } = new URL(url)
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`Lien d’e-mail refusé (${protocol}) : seuls http et https sont permis.`)
  return url
}

const paragraphHtml = (text: string) =>
  `<p style="margin:0 0 16px;font-family:${FONT};font-size:16px;line-height:24px;color:${COLORS.ink};">${escapeHtml(text)}</p>`

function highlightHtml({ label, value, help }: NonNullable<BrandedEmailInput['highlight']>): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
<tr><td align="center" style="padding:20px 16px;background-color:${COLORS.page};border:2px dashed ${COLORS.accent};border-radius:10px;">
<p style="margin:0 0 6px;font-family:${FONT};font-size:13px;line-height:18px;letter-spacing:1px;text-transform:uppercase;color:${COLORS.muted};">${escapeHtml(label)}</p>
<p style="margin:0;font-family:${MONO};font-size:28px;line-height:36px;font-weight:700;letter-spacing:3px;color:${COLORS.ink};">${escapeHtml(value)}</p>
${help ? `<p style="margin:10px 0 0;font-family:${FONT};font-size:14px;line-height:20px;color:${COLORS.muted};">${escapeHtml(help)}</p>` : ''}
</td></tr>
</table>`
}

function actionHtml({ label, url, intro }: NonNullable<BrandedEmailInput['action']>, fallbackText: string): string {
  const href = escapeHtml(url)
  // A table cell with a background colour: the one button shape Outlook renders.
  return `${intro ? paragraphHtml(intro) : ''}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
<tr><td align="center" bgcolor="${COLORS.brand}" style="border-radius:8px;background-color:${COLORS.brand};">
<a href="${href}" target="_blank" rel="noopener" style="display:inline-block;padding:14px 28px;font-family:${FONT};font-size:16px;line-height:20px;font-weight:700;color:#FFFFFF;text-decoration:none;border-radius:8px;">${escapeHtml(label)}</a>
</td></tr>
</table>
<p style="margin:0 0 16px;font-family:${FONT};font-size:13px;line-height:20px;color:${COLORS.muted};">${escapeHtml(fallbackText)}<br><a href="${href}" target="_blank" rel="noopener" style="color:${COLORS.brand};word-break:break-all;">${href}</a></p>`
}

/**
 * The Taalentio email layout: logo header, body, footer saying who sends and why.
 * Tables and inline styles only, because that is what mail clients render reliably.
 * Pure: the same input always gives the same email.
 */
export function brandedEmail(input: BrandedEmailInput): RenderedEmail {
  const { locale, title, paragraphs, highlight, action, closingParagraphs = [], preheader } = input
  const layout = emailMessages[locale].layout
  const siteUrl = (input.siteUrl ?? publicSiteUrl()).replace(/\/+$/, '')
  const reason = input.reason ?? layout.defaultReason
  const automatedNotice = input.automatedNotice ?? layout.automatedNotice
  const subject = singleLine(input.subject ?? title)
  if (action) assertWebUrl(action.url)
  const logoUrl = `${siteUrl}${EMAIL_LOGO.path}`
  const siteHost = new URL(siteUrl).host
  const labelValue = (label: string, value: string) => format(layout.labelValue, { label, value })

  const html = `<!DOCTYPE html>
<html lang="${locale}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;width:100%;background-color:${COLORS.page};">
${preheader ? `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">${escapeHtml(preheader)}</div>` : ''}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${COLORS.page};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:${COLORS.card};border:1px solid ${COLORS.border};border-radius:12px;">
<tr><td style="padding:24px 32px;border-bottom:4px solid ${COLORS.brand};">
<a href="${escapeHtml(siteUrl)}" target="_blank" rel="noopener" style="text-decoration:none;"><img src="${escapeHtml(logoUrl)}" width="${EMAIL_LOGO.width}" height="${EMAIL_LOGO.height}" alt="${escapeHtml(layout.logoAlt)}" style="display:block;border:0;outline:none;text-decoration:none;width:${EMAIL_LOGO.width}px;max-width:100%;height:auto;font-family:${FONT};font-size:24px;font-weight:800;color:${COLORS.ink};"></a>
</td></tr>
<tr><td style="padding:32px 32px 16px;">
<h1 style="margin:0 0 20px;font-family:${FONT};font-size:24px;line-height:32px;font-weight:800;color:${COLORS.ink};">${escapeHtml(title)}</h1>
${paragraphs.map(paragraphHtml).join('\n')}
${highlight ? highlightHtml(highlight) : ''}
${action ? actionHtml(action, layout.buttonFallback) : ''}
${closingParagraphs.map(paragraphHtml).join('\n')}
</td></tr>
<tr><td style="padding:20px 32px 28px;background-color:${COLORS.page};border-top:1px solid ${COLORS.border};border-radius:0 0 12px 12px;">
<p style="margin:0 0 8px;font-family:${FONT};font-size:14px;line-height:20px;font-weight:700;color:${COLORS.ink};">Taalentio · <span style="font-weight:400;color:${COLORS.muted};">${escapeHtml(layout.tagline)}</span></p>
<p style="margin:0 0 8px;font-family:${FONT};font-size:13px;line-height:19px;color:${COLORS.muted};">${escapeHtml(reason)}</p>
<p style="margin:0;font-family:${FONT};font-size:13px;line-height:19px;color:${COLORS.muted};">${escapeHtml(automatedNotice)} <a href="${escapeHtml(siteUrl)}" target="_blank" rel="noopener" style="color:${COLORS.brand};">${escapeHtml(siteHost)}</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`

  const text = [
    title,
    ...paragraphs,
    ...(highlight ? [labelValue(highlight.label, highlight.value), ...(highlight.help ? [highlight.help] : [])] : []),
    ...(action ? [...(action.intro ? [action.intro] : []), labelValue(action.label, action.url)] : []),
    ...closingParagraphs,
    ['--', `Taalentio · ${layout.tagline}`, siteUrl, reason, automatedNotice].join('\n'),
  ].join('\n\n')

  return { subject, html, text: `${text}\n` }
}
