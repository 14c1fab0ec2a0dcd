import type { PayloadRequest } from 'payload'

import { passwordResetEmail, publicSiteUrl } from '@/email'

/** Payload's default reset link expiry (forgotPassword.expiration unset). */
const RESET_LINK_MS = 3_600_000

type ResetArgs = { req?: PayloadRequest; token?: string; user?: { name?: string | null; preferredLanguage?: string | null } }

// Reset links lead to the public set-password page, the same one the registration email uses.
function render({ token, user }: ResetArgs = {}) {
  return passwordResetEmail({
    locale: user?.preferredLanguage === 'en' ? 'en' : 'fr',
    name: user?.name,
    resetUrl: `${publicSiteUrl()}/definir-mot-de-passe?token=${encodeURIComponent(token ?? '')}`,
    expiresAt: new Date(Date.now() + RESET_LINK_MS),
  })
}

export const passwordResetEmailHTML = (args?: ResetArgs) => render(args).html
export const passwordResetEmailSubject = (args?: ResetArgs) => render(args).subject
