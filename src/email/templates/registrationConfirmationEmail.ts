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
  /**
   * One-time link to set the password, for a new account. The email never carries a
   * password. Without it (a signed-in person adding a profile) the email says to sign in as usual.
   */
  setPasswordUrl?: string
  expiresAt?: Date
  /** Which profile was created; a cinema profile links to its public page. Talent by default. */
  profile?: { kind: 'talent' } | { kind: 'cinema'; url: string }
  /** Time zone the expiry is written in; UTC by default. */
  timeZone?: string
  siteUrl?: string
}

/** Sent after a public registration: the issued code and a one-time set-password link (SPEC §4, §5). */
export function registrationConfirmationEmail(input: RegistrationConfirmationInput): RenderedEmail {
  const { locale, code, setPasswordUrl, expiresAt, timeZone, siteUrl, profile } = input
  const messages = emailMessages[locale].registrationConfirmation
  const name = input.name?.trim()
  const cinema = profile?.kind === 'cinema' ? profile : undefined
  return brandedEmail({
    locale,
    siteUrl,
    subject: format(messages.subject, { code }),
    title: name ? format(messages.title, { name }) : messages.titleWithoutName,
    preheader: format(messages.preheader, { code }),
    paragraphs: [cinema ? messages.introCinema : messages.intro],
    highlight: { label: messages.codeLabel, value: code, help: messages.codeHelp },
    action: setPasswordUrl
      ? {
          intro: format(messages.setPassword, { expiresAt: expiresAt ? formatExpiry(locale, expiresAt, timeZone) : '' }),
          label: messages.action,
          url: setPasswordUrl,
        }
      : undefined,
    closingParagraphs: [
      ...(setPasswordUrl ? [] : [messages.existingAccount]),
      ...(cinema ? [format(messages.cinemaProfileLink, { url: cinema.url })] : []),
    ],
    reason: messages.reason,
  })
}
