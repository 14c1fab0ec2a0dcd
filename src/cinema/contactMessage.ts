import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { normalizeCode } from '@/codes/formats'
import { sendAndRecordEmail } from '@/email/sendAndRecordEmail'
import { publicSiteUrl } from '@/email/siteUrl'
import { contactMessageEmail } from '@/email/templates/contactMessageEmail'
import { format, toLocale, type Locale } from '@/i18n'
import { getCinemaProfileMessages } from '@/i18n/messages/cinemaProfile'
import { relationId } from '@/payload/relationId'
import { createRateLimiter, type RateLimiter } from '@/security/rateLimit'
import { CINEMA_MESSAGES_PATH } from './publicProfile'

/**
 * A visitor writing to a talent from a public cinema profile (SPEC §5: contact details are
 * never public). The message is stored for the talent's space and emailed to them with the
 * visitor's address as Reply-To; the visitor never learns the talent's address.
 */

export const CONTACT_LIMITS = { senderName: 120, senderEmail: 254, organisation: 160, subject: 160, message: 3000, messageMin: 10 } as const

/** Messages one address may send in the window: enough for a casting office, too few for a spammer. */
export const CONTACT_RATE_LIMIT = {
  max: Number(process.env.CONTACT_MESSAGES_PER_HOUR ?? 5),
  windowMs: 60 * 60_000,
} as const

export const contactRateLimiter: RateLimiter = createRateLimiter({ name: 'cinema-contact', ...CONTACT_RATE_LIMIT })

/** The hidden field only robots fill in. */
export const CONTACT_HONEYPOT_FIELD = 'website'

export function contactMessageSchema(locale: Locale) {
  const m = getCinemaProfileMessages(locale).api
  const required = (max: number) =>
    z
      .string({ error: m.required })
      .trim()
      .min(1, { error: m.required })
      .max(max, { error: format(m.tooLong, { max }) })
  return z.object({
    senderName: required(CONTACT_LIMITS.senderName),
    senderEmail: z
      .string({ error: m.required })
      .trim()
      .min(1, { error: m.required })
      .max(CONTACT_LIMITS.senderEmail, { error: format(m.tooLong, { max: CONTACT_LIMITS.senderEmail }) })
      .pipe(z.email({ error: m.email })),
    organisation: z
      .string()
      .trim()
      .max(CONTACT_LIMITS.organisation, { error: format(m.tooLong, { max: CONTACT_LIMITS.organisation }) })
      .optional()
      .transform((value) => value || undefined),
    subject: required(CONTACT_LIMITS.subject),
    message: required(CONTACT_LIMITS.message).refine((value) => value.length >= CONTACT_LIMITS.messageMin, {
      error: format(m.tooShort, { min: CONTACT_LIMITS.messageMin }),
    }),
    consent: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.literal(true, { error: m.consent })),
    [CONTACT_HONEYPOT_FIELD]: z.string().optional(),
  })
}

export type ContactMessageInput = z.infer<ReturnType<typeof contactMessageSchema>>
export type ContactFieldError = { path: string; message: string }

export type ContactOutcome =
  | { status: 'sent'; talentName: string; messageId?: number }
  | { status: 'notFound' }
  | { status: 'invalid'; errors: ContactFieldError[] }
  | { status: 'rateLimited'; retryAfterSeconds: number }

/**
 * Validates, rate-limits, stores and emails one contact message to the public cinema
 * profile `code`. A honeypot hit answers like a success and does nothing.
 */
export async function sendContactMessage(
  req: PayloadRequest,
  { code, input, ip, locale }: { code: string; input: unknown; ip: string; locale: Locale },
): Promise<ContactOutcome> {
  const { payload } = req
  // Only a public profile can be written to, whoever asks (staff included): the talent chose to be found.
  const { docs } = await payload.find({
    collection: 'cinema-talents',
    where: { and: [{ code: { equals: normalizeCode(code) } }, { isPublic: { equals: true } }] },
    select: { code: true, displayName: true, firstName: true, user: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const talent = docs[0]
  if (!talent) return { status: 'notFound' }
  const talentName = talent.displayName || talent.firstName

  const parsed = contactMessageSchema(locale).safeParse(input)
  if (!parsed.success) {
    return { status: 'invalid', errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) }
  }

  const limit = await contactRateLimiter.hit(ip)
  if (!limit.allowed) return { status: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds }

  const data = parsed.data
  if (data[CONTACT_HONEYPOT_FIELD]?.trim()) return { status: 'sent', talentName }

  const recipientId = relationId(talent.user)!
  const message = await payload.create({
    collection: 'contact-messages',
    data: {
      cinemaTalent: talent.id,
      recipient: recipientId,
      senderName: data.senderName,
      senderEmail: data.senderEmail,
      organisation: data.organisation,
      subject: data.subject,
      message: data.message,
      status: 'new',
      senderIp: ip.slice(0, 64),
    },
    overrideAccess: true,
    req,
  })

  const recipient = await payload.findByID({ collection: 'users', id: recipientId, depth: 0, overrideAccess: true, req })
  const talentLocale = toLocale(recipient.preferredLanguage ?? locale)
  const email = contactMessageEmail({
    locale: talentLocale,
    talentName,
    code: talent.code ?? code,
    messagesUrl: `${publicSiteUrl()}${CINEMA_MESSAGES_PATH}`,
    sender: { name: data.senderName, email: data.senderEmail, organisation: data.organisation },
    subject: data.subject,
    message: data.message,
  })
  // The message is kept whatever the email's fate: the talent reads it in their space.
  const delivery = await sendAndRecordEmail(payload, {
    to: recipient.email,
    replyTo: { name: data.senderName, address: data.senderEmail },
    ...email,
    req,
    locale: talentLocale,
    throwOnError: false,
  })
  if (delivery.status !== 'failed') {
    await payload.update({ collection: 'contact-messages', id: message.id, data: { emailedAt: new Date().toISOString() }, overrideAccess: true, req })
  }
  return { status: 'sent', talentName, messageId: message.id }
}
