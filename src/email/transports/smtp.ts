import nodemailer from 'nodemailer'

import { formatMailbox } from '../addresses'
import type { OutgoingEmail } from '../outgoingEmail'

/** Thrown with a message fit for the outbox and the logs; nodemailer's error is the cause. */
export class SmtpDeliveryError extends Error {
  constructor(cause: unknown) {
    super(`Échec de l’envoi SMTP : ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'SmtpDeliveryError'
  }
}

/**
 * Sends one message through the SMTP server of SMTP_URL (`smtp://user:pass@host:587`,
 * `smtps://…` for implicit TLS; nodemailer reads its query string for further options).
 * Returns the Message-ID and any recipients the server refused while accepting others.
 */
export async function sendWithSmtp(
  email: OutgoingEmail,
  url: string,
): Promise<{ providerMessageId?: string; refused: string[] }> {
  // Bounded waits: a silent server must not hold the caller's request for minutes.
  const transporter = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 })
  try {
    const info = await transporter.sendMail({ ...email.original, from: formatMailbox(email.from) })
    return { providerMessageId: info.messageId, refused: info.rejected ?? [] }
  } catch (error) {
    throw new SmtpDeliveryError(error)
  } finally {
    transporter.close()
  }
}
