import { APIError, type Payload, type PayloadRequest, type SendEmailOptions } from 'payload'

import { isLocale, type Locale } from '@/i18n'
import { savedIntegrationKey } from '@/settings/integrationKeys'
import { senderFromEnv } from './addresses'
import { recordInOutbox, type EmailStatus } from './outbox'
import { recipientsLine, toOutgoingEmail } from './outgoingEmail'
import { chooseTransport, type EmailTransport } from './transportChoice'
import { sendWithSendGrid } from './transports/sendgrid'
import { sendWithSmtp } from './transports/smtp'

/** Options Taalentio adds to Payload's `sendEmail` message; the adapter strips them before sending. */
export type EmailRecordOptions = {
  /** The request the email is sent for: its user and context go with the outbox row. */
  req?: PayloadRequest
  /** Language the email was written in, shown in the outbox. */
  locale?: Locale
  /**
   * true (default): a failed send rejects, after the outbox row is written, so the caller
   * (an endpoint, a job that will retry) knows. false: it resolves with status `failed`,
   * for callers whose work must go on without the email.
   */
  throwOnError?: boolean
}

export type TaalentioSendEmailOptions = SendEmailOptions & EmailRecordOptions

/** What `payload.sendEmail` resolves with when this adapter is configured. */
export type EmailDelivery = {
  status: EmailStatus
  transport: EmailTransport
  providerMessageId?: string
  error?: string
  /** The outbox row; absent only when writing it failed after the email had left. */
  outboxId?: number | string
}

/** A send that failed: 502 because the fault is the email provider's, not the caller's. */
export class EmailDeliveryError extends APIError {
  constructor(message: string, cause: unknown) {
    super(message, 502)
    this.name = 'EmailDeliveryError'
    this.cause = cause
  }
}

/** Taalentio's templates say their language in `<html lang>`: Payload's own sends pass no locale. */
function localeOfHtml(html: string | undefined): Locale | undefined {
  const lang = html?.match(/<html[^>]*\blang="([a-z]{2})/i)?.[1]?.toLowerCase()
  return isLocale(lang) ? lang : undefined
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The SendGrid key saved (encrypted) in the admin; a key that cannot be read leaves the other transports. */
async function savedSendGridKey(payload: Payload): Promise<string | undefined> {
  try {
    return await savedIntegrationKey(payload, 'sendGridApiKey')
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Clé SendGrid enregistrée illisible : envoi sans SendGrid.' })
    return undefined
  }
}

/**
 * Sends through the transport the environment configures (SendGrid, SMTP, or none) and
 * records the message in the outbox with the outcome, so staff always see what left.
 */
export async function sendAndRecordEmail(
  payload: Payload,
  message: TaalentioSendEmailOptions,
  env: Record<string, string | undefined> = process.env,
): Promise<EmailDelivery> {
  const { req, locale, throwOnError = true, ...mail } = message
  const choice = chooseTransport(env, env.SENDGRID_API_KEY?.trim() ? undefined : await savedSendGridKey(payload))
  const email = toOutgoingEmail(mail, senderFromEnv(env))
  const to = recipientsLine(email)

  let outcome: Omit<EmailDelivery, 'outboxId'>
  let failure: unknown
  try {
    if (choice.transport === 'sendgrid') {
      const { providerMessageId } = await sendWithSendGrid(email, choice)
      outcome = { status: 'sent', transport: 'sendgrid', providerMessageId }
    } else if (choice.transport === 'smtp') {
      const { providerMessageId, refused } = await sendWithSmtp(email, choice.url)
      const error = refused.length ? `Destinataires refusés par le serveur SMTP : ${refused.join(', ')}` : undefined
      outcome = { status: 'sent', transport: 'smtp', providerMessageId, ...(error ? { error } : {}) }
    } else {
      outcome = { status: 'stored', transport: 'outbox' }
    }
  } catch (error) {
    failure = error
    outcome = { status: 'failed', transport: choice.transport, error: errorMessage(error) }
  }

  let outboxId: number | string | undefined
  try {
    outboxId = await recordInOutbox(
      payload,
      { to, subject: email.subject, html: email.html, text: email.text, locale: locale ?? localeOfHtml(email.html), ...outcome },
      req,
    )
  } catch (recordError) {
    // Without a transport the outbox is the message's only copy: losing it is a failure.
    if (outcome.status === 'stored') throw recordError
    // The email has left (or failed) already; failing the caller now would only invite a duplicate.
    payload.logger.error({ err: recordError, msg: `E-mail « ${email.subject} » (${outcome.status}) non consigné dans la boîte d’envoi.` })
  }

  if (outcome.status === 'failed') {
    const reason = `L’e-mail « ${email.subject} » à ${to} n’a pas pu être envoyé : ${outcome.error}`
    payload.logger.error({ err: failure, msg: reason })
    if (throwOnError) throw new EmailDeliveryError(reason, failure)
  } else if (outcome.status === 'stored') {
    payload.logger.info(`E-mail « ${email.subject} » conservé dans la boîte d’envoi : ni SENDGRID_API_KEY ni SMTP_URL n’est configuré.`)
  }
  return { ...outcome, outboxId }
}
