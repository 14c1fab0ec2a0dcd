'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'

import { toLocale, type Locale } from '@/i18n/locales'
import { adminToolsMessages, type AdminToolsMessages } from './adminToolsMessages'

/** The tool pages' texts in the admin panel's language, and the REST API's base URL. */
export function useAdminTools(): { locale: Locale; messages: AdminToolsMessages; apiUrl: string; adminUrl: string } {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const locale = toLocale(i18n.language)
  return { locale, messages: adminToolsMessages(locale), apiUrl: `${config.serverURL ?? ''}${config.routes.api}`, adminUrl: config.routes.admin }
}

export type ApiFailure = { error?: { code?: string; message?: string; problems?: { code: string; part?: string; message: string }[] } }

/** Calls an admin endpoint; answers the JSON body and whether it succeeded. */
export async function callAdminApi<T>(url: string, init: RequestInit & { locale: Locale }): Promise<{ ok: true; data: T } | { ok: false; data: ApiFailure }> {
  const { locale, ...rest } = init
  const separator = url.includes('?') ? '&' : '?'
  try {
    const response = await fetch(`${url}${separator}lang=${locale}`, { credentials: 'include', ...rest })
    const data = await response.json().catch(() => ({}))
    return response.ok ? { ok: true, data: data as T } : { ok: false, data: data as ApiFailure }
  } catch {
    return { ok: false, data: {} }
  }
}
