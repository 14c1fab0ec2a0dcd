import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { hasRole } from '@/access'
import { getSignedInUser } from '@/auth/getSignedInUser'
import { StaffForbidden } from '@/components/cinemaStaff/StaffForbidden'
import { PresenceApp } from '@/components/presence/PresenceApp'
import { getLocale } from '@/i18n/getLocale'
import { getPresencePageMessages } from '@/i18n/messages/presencePage'

export async function generateMetadata(): Promise<Metadata> {
  const m = getPresencePageMessages(await getLocale())
  return { title: m.meta.title, robots: { index: false, follow: false } }
}

/** The on-set scanner (SPEC §6): admins and attendance staff; the endpoints narrow staff to their projects. */
export default async function PresencePage() {
  const [locale, user] = await Promise.all([getLocale(), getSignedInUser()])
  const messages = getPresencePageMessages(locale)
  if (!user) redirect(`/connexion?next=${encodeURIComponent('/presence')}`)
  if (!hasRole(user, 'admin', 'presence')) return <StaffForbidden messages={messages.forbidden} />
  return <PresenceApp messages={messages} locale={locale} />
}
