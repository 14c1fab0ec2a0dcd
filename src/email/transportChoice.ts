/** How a message leaves: the values of the outbox's `transport` field. */
export const EMAIL_TRANSPORTS = ['sendgrid', 'smtp', 'outbox'] as const
export type EmailTransport = (typeof EMAIL_TRANSPORTS)[number]

export const SENDGRID_DEFAULT_API_URL = 'https://api.sendgrid.com/'

export type TransportChoice =
  | { transport: 'sendgrid'; apiKey: string; apiUrl: string }
  | { transport: 'smtp'; url: string }
  | { transport: 'outbox' }

/**
 * SendGrid when SENDGRID_API_KEY is set (or, failing that, a key saved in the admin's
 * Integrations, passed as `savedSendGridKey`), else SMTP when SMTP_URL is set, else the
 * outbox only. Read at each send, so configuring a provider needs no code change and tests
 * can switch transports without restarting Payload.
 */
export function chooseTransport(env: Record<string, string | undefined> = process.env, savedSendGridKey?: string): TransportChoice {
  const apiKey = env.SENDGRID_API_KEY?.trim() || savedSendGridKey?.trim()
  if (apiKey) return { transport: 'sendgrid', apiKey, apiUrl: env.SENDGRID_API_URL?.trim() || SENDGRID_DEFAULT_API_URL }
  const url = env.SMTP_URL?.trim()
  if (url) return { transport: 'smtp', url }
  return { transport: 'outbox' }
}
