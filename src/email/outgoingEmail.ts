import type { SendEmailOptions } from 'payload'

import { formatMailbox, parseMailboxes, type Mailbox } from './addresses'

/** A message with its addresses resolved, as the transports and the outbox use it. */
export type OutgoingEmail = {
  from: Mailbox
  to: Mailbox[]
  cc: Mailbox[]
  bcc: Mailbox[]
  replyTo?: Mailbox
  subject: string
  html?: string
  text?: string
  /** The message as Payload received it, for nodemailer, which understands all of it. */
  original: SendEmailOptions
}

/** html and text may be strings or Buffers; streams and files are not supported here. */
function bodyText(value: unknown, field: 'html' | 'text'): string | undefined {
  if (value === undefined || value === null || value === false) return undefined
  if (typeof value === 'string') return value
  if (Buffer.isBuffer(value)) return value.toString('utf8')
  throw new Error(`Le champ « ${field} » de l’e-mail doit être une chaîne ou un Buffer.`)
}

export function toOutgoingEmail(message: SendEmailOptions, defaultSender: Mailbox): OutgoingEmail {
  const [from = defaultSender] = parseMailboxes(message.from)
  const to = parseMailboxes(message.to)
  const cc = parseMailboxes(message.cc)
  const bcc = parseMailboxes(message.bcc)
  if (to.length + cc.length + bcc.length === 0) throw new Error('E-mail sans destinataire.')
  const [replyTo] = parseMailboxes(message.replyTo)
  return {
    from,
    to,
    cc,
    bcc,
    replyTo,
    subject: typeof message.subject === 'string' ? message.subject : '',
    html: bodyText(message.html, 'html'),
    text: bodyText(message.text, 'text'),
    original: message,
  }
}

/** All recipients on one line, for the outbox list ("to, cc, bcc" with their roles). */
export function recipientsLine({ to, cc, bcc }: Pick<OutgoingEmail, 'to' | 'cc' | 'bcc'>): string {
  return [
    to.map(formatMailbox).join(', '),
    cc.length ? `cc: ${cc.map(formatMailbox).join(', ')}` : '',
    bcc.length ? `bcc: ${bcc.map(formatMailbox).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ')
}
