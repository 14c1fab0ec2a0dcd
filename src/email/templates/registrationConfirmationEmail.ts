import { format, type Locale } from '@/i18n'

import { emailMessages } from '../messages'
import { brandedEmail, type RenderedEmail } from './brandedEmail'
import { formatExpiry } from './formatExpiry'

export type RegistrationConfirmationInput = {
  locale: Locale
  /** The talent's name as they typed it (escaped by the layout, may be empty). */
  name?: string | null
  /** The talent's unique code, e.g. CIF0001ABJ. */
  code: string
  /** One-time link to set the password. The email never carries a password. */
  setPasswordUrl: string
  expiresAt: Date
  /** Time zone the expiry is written in; UTC by default. */
  timeZone?: string
  siteUrl?: string
}

/** Sent after a public registration: the issued code and a one-time set-password link (SPEC §4). */
export function registrationConfirmationEmail(input: RegistrationConfirmationInput): RenderedEmail {
  const { locale, code, setPasswordUrl, expiresAt, timeZone, siteUrl } = input
  const messages = emailMessages[locale].registrationConfirmation
  const name = input.name?.trim()
  return brandedEmail({
    locale,
    siteUrl,
    subject: format(messages.subject, { code }),
    title: name ? format(messages.title, { name }) : messages.titleWithoutName,
    preheader: format(messages.preheader, { code }),
    paragraphs: [messages.intro],
    highlight: { label: messages.codeLabel, value: code, help: messages.codeHelp },
    action: {
      intro: format(messages.setPassword, { expiresAt: formatExpiry(locale, expiresAt, timeZone) }),
      label: messages.action,
      url: setPasswordUrl,
    },
    reason: messages.reason,
  })
}
