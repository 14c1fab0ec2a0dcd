'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'

import { toLocale, type Locale } from '@/i18n/locales'
import { getBadgeMessages, type BadgeMessages } from '@/i18n/messages/badges'

/** The badge texts in the admin panel's language, and the REST API's base URL. */
export function useBadgeAdmin(): { locale: Locale; messages: BadgeMessages['admin']; apiUrl: string } {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const locale = toLocale(i18n.language)
  return { locale, messages: getBadgeMessages(locale).admin, apiUrl: `${config.serverURL ?? ''}${config.routes.api}` }
}
