import { format, type Locale } from '@/i18n'

import { brandedEmail, type RenderedEmail } from './brandedEmail'

export type ContactMessageEmailInput = {
  locale: Locale
  /** The talent's name as shown on their profile. */
  talentName: string
  /** The cinema code of the profile the visitor wrote from. */
  code: string
  /** Absolute URL of the talent's message list. */
  messagesUrl: string
  sender: { name: string; email: string; organisation?: string | null }
  subject: string
  message: string
  siteUrl?: string
}

const MESSAGES = {
  fr: {
    subject: 'Nouveau message via Taalentio : {subject}',
    title: 'Nouveau message de {name}',
    preheader: '{name} vous a écrit depuis votre fiche cinéma {code}.',
    greeting: 'Bonjour {talent},',
    intro: '{name} vous a écrit depuis votre fiche cinéma {code} sur Taalentio.',
    from: 'De',
    organisation: 'Société',
    subjectLabel: 'Objet',
    quoted: 'Son message\u00a0:',
    reply: 'Pour lui répondre, répondez simplement à cet e-mail\u00a0: votre réponse part vers {email}. Votre adresse ne lui a pas été communiquée tant que vous ne répondez pas.',
    action: 'Voir mes messages',
    actionIntro: 'Retrouvez tous vos messages dans votre espace Taalentio.',
    caution: 'Prudence\u00a0: Taalentio ne vérifie pas l’identité des expéditeurs. Ne versez jamais d’argent pour obtenir un rôle.',
    reason: 'Vous recevez cet e-mail parce qu’un visiteur vous a écrit depuis votre fiche cinéma publique sur Taalentio.',
    replyNotice: 'Répondre à cet e-mail écrit directement à l’expéditeur.',
  },
  en: {
    subject: 'New message through Taalentio: {subject}',
    title: 'New message from {name}',
    preheader: '{name} wrote to you from your cinema sheet {code}.',
    greeting: 'Hello {talent},',
    intro: '{name} wrote to you from your cinema sheet {code} on Taalentio.',
    from: 'From',
    organisation: 'Company',
    subjectLabel: 'Subject',
    quoted: 'Their message:',
    reply: 'To answer, simply reply to this email: your answer goes to {email}. Your address has not been shared with them unless you reply.',
    action: 'See my messages',
    actionIntro: 'Find all your messages in your Taalentio space.',
    caution: 'Be careful: Taalentio does not check senders’ identity. Never pay to get a role.',
    reason: 'You are receiving this email because a visitor wrote to you from your public cinema sheet on Taalentio.',
    replyNotice: 'Replying to this email writes directly to the sender.',
  },
} as const

/**
 * Sent to a talent when a visitor writes from their cinema profile. The visitor's address
 * goes in Reply-To (set by the sender of this email), never the talent's to the visitor.
 */
export function contactMessageEmail(input: ContactMessageEmailInput): RenderedEmail {
  const { locale, talentName, code, sender, subject, message, messagesUrl, siteUrl } = input
  const m = MESSAGES[locale]
  const name = sender.name.trim()
  const colon = locale === 'fr' ? '\u00a0:' : ':'
  const details = [
    `${m.from}${colon} ${name} <${sender.email}>`,
    ...(sender.organisation?.trim() ? [`${m.organisation}${colon} ${sender.organisation.trim()}`] : []),
    `${m.subjectLabel}${colon} ${subject}`,
  ]
  // The layout writes one paragraph per entry: keep the visitor's line breaks that way.
  const messageParagraphs = message.split(/\r?\n\s*\r?\n|\r?\n/).map((line) => line.trim()).filter(Boolean)
  return brandedEmail({
    locale,
    siteUrl,
    subject: format(m.subject, { subject }),
    title: format(m.title, { name }),
    preheader: format(m.preheader, { name, code }),
    paragraphs: [format(m.greeting, { talent: talentName }), format(m.intro, { name, code }), ...details, m.quoted, ...messageParagraphs],
    closingParagraphs: [format(m.reply, { email: sender.email }), m.caution],
    action: { intro: m.actionIntro, label: m.action, url: messagesUrl },
    reason: m.reason,
    automatedNotice: m.replyNotice,
  })
}
