import { Client } from '@sendgrid/client'
import { MailService, type MailDataRequired } from '@sendgrid/mail'

import type { Mailbox } from '../addresses'
import type { OutgoingEmail } from '../outgoingEmail'

type SendGridSettings = { apiKey: string; apiUrl: string; timeoutMs?: number }

type MailContent = NonNullable<MailDataRequired['content']>[number]

type SendGridAttachment = NonNullable<MailDataRequired['attachments']>[number]

const toSendGridAddress = ({ address, name }: Mailbox) => (name ? { email: address, name } : { email: address })

function toSendGridAttachments(attachments: OutgoingEmail['original']['attachments']): SendGridAttachment[] | undefined {
  if (!attachments?.length) return undefined
  return attachments.map((attachment, index) => {
    const { content, filename, contentType, cid } = attachment
    if (typeof content !== 'string' && !Buffer.isBuffer(content)) {
      throw new Error(`Pièce jointe n° ${index + 1} : SendGrid n’accepte ici qu’un contenu texte ou Buffer.`)
    }
    return {
      content: Buffer.from(content).toString('base64'),
      filename: typeof filename === 'string' ? filename : `piece-jointe-${index + 1}`,
      ...(contentType ? { type: contentType } : {}),
      ...(cid ? { contentId: cid, disposition: 'inline' } : {}),
    }
  })
}

function plainHeaders(headers: OutgoingEmail['original']['headers']): Record<string, string> | undefined {
  if (!headers || Array.isArray(headers)) return undefined
  const entries = Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return entries.length ? Object.fromEntries(entries) : undefined
}

/** SendGrid answers 4xx/5xx with `{ errors: [{ message, field }] }`; a network failure has no response. */
export function describeSendGridError(error: unknown): string {
  const failure = error as { code?: unknown; message?: unknown; response?: { body?: unknown } }
  if (typeof failure?.code === 'number' && failure.response) {
    const body = failure.response.body as { errors?: { message?: string; field?: string | null }[] } | string | undefined
    const details =
      typeof body === 'string'
        ? body.slice(0, 500)
        : (body?.errors ?? [])
            .map(({ message, field }) => (field ? `${message} (${field})` : message))
            .filter(Boolean)
            .join(' ; ')
    return `SendGrid a refusé l’e-mail (HTTP ${failure.code}${failure.message ? ` ${failure.message}` : ''})${details ? ` : ${details}` : ''}`
  }
  return `SendGrid injoignable : ${error instanceof Error ? error.message : String(error)}`
}

/** Thrown with a message fit for the outbox and the logs; the provider's error is the cause. */
export class SendGridDeliveryError extends Error {
  constructor(cause: unknown) {
    super(describeSendGridError(cause), { cause })
    this.name = 'SendGridDeliveryError'
  }
}

/**
 * Sends one message through SendGrid's v3 Mail Send API and returns SendGrid's message id.
 * A client per call rather than the package's shared singleton, so the API key and base
 * URL come from the environment of this send and never leak into another.
 */
export async function sendWithSendGrid(email: OutgoingEmail, settings: SendGridSettings): Promise<{ providerMessageId?: string }> {
  const client = new Client()
  client.setApiKey(settings.apiKey)
  // After setApiKey, which resets the base URL to SendGrid's global region.
  client.setDefaultRequest('baseUrl', settings.apiUrl)
  const service = new MailService()
  service.setClient(client)
  service.setTimeout(settings.timeoutMs ?? 15_000)

  const { from, to, cc, bcc, replyTo, subject, html, text, original } = email
  // SendGrid refuses a message without content and wants the text part before the html one.
  const content: MailContent[] = [
    ...(text ? [{ type: 'text/plain', value: text }] : []),
    ...(html ? [{ type: 'text/html', value: html }] : []),
  ]
  const [firstPart = { type: 'text/plain', value: ' ' }, ...otherParts] = content
  const data: MailDataRequired = {
    from: toSendGridAddress(from),
    to: to.map(toSendGridAddress),
    ...(cc.length ? { cc: cc.map(toSendGridAddress) } : {}),
    ...(bcc.length ? { bcc: bcc.map(toSendGridAddress) } : {}),
    ...(replyTo ? { replyTo: toSendGridAddress(replyTo) } : {}),
    subject,
    content: [firstPart, ...otherParts],
    attachments: toSendGridAttachments(original.attachments),
    headers: plainHeaders(original.headers),
  }

  try {
    const [response] = await service.send(data)
    const messageId = response.headers?.['x-message-id']
    return { providerMessageId: typeof messageId === 'string' ? messageId : undefined }
  } catch (error) {
    throw new SendGridDeliveryError(error)
  }
}
