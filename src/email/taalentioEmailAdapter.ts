import type { EmailAdapter } from 'payload'

import { senderFromEnv } from './addresses'
import { sendAndRecordEmail, type EmailDelivery, type TaalentioSendEmailOptions } from './sendAndRecordEmail'

/**
 * Payload's email adapter for Taalentio (`email: taalentioEmailAdapter()` in the config).
 * SendGrid when SENDGRID_API_KEY is set, SMTP when SMTP_URL is set, otherwise the outbox
 * collection only; every message is recorded in the outbox with its outcome. The transport
 * is chosen at each send from the environment. A failed send rejects (after recording)
 * unless the message says `throwOnError: false`.
 *
 * `payload.sendEmail` also accepts the Taalentio options `req`, `locale` and
 * `throwOnError` on the message; `sendAndRecordEmail` is the typed way to pass them.
 */
export const taalentioEmailAdapter = (): EmailAdapter<EmailDelivery> => ({ payload }) => {
  // Payload's own emails (forgot password, verification) are addressed from these.
  const sender = senderFromEnv()
  return {
    name: 'taalentio',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name ?? 'Taalentio',
    sendEmail: (message) => sendAndRecordEmail(payload, message as TaalentioSendEmailOptions),
  }
}
