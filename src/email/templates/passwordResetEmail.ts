import { format, type Locale } from '@/i18n'

import { emailMessages } from '../messages'
import { brandedEmail, type RenderedEmail } from './brandedEmail'
import { formatExpiry } from './formatExpiry'

export type PasswordResetInput = {
  locale: Locale
  name?: string | null
  /** One-time link to the page that sets a new password. */
  resetUrl: string
  expiresAt: Date
  /** Time zone the expiry is written in; UTC by default. */
  timeZone?: string
  siteUrl?: string
}

/** Sent when someone asks to reset a password: a one-time link, nothing else. */
export function passwordResetEmail(input: PasswordResetInput): RenderedEmail {
  const { locale, resetUrl, expiresAt, timeZone, siteUrl } = input
  const messages = emailMessages[locale].passwordReset
  const name = input.name?.trim()
  return brandedEmail({
    locale,
    siteUrl,
    subject: messages.subject,
    title: messages.title,
    preheader: messages.preheader,
    paragraphs: [name ? format(messages.greeting, { name }) : messages.greetingWithoutName, messages.intro],
    action: {
      intro: format(messages.instructions, { expiresAt: formatExpiry(locale, expiresAt, timeZone) }),
      label: messages.action,
      url: resetUrl,
    },
    reason: messages.reason,
  })
}
