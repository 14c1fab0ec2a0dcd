import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { isAdminUser } from '@/access'
import { toLocale } from '@/i18n/locales'
import { adminToolsMessages } from './adminToolsMessages'
import { toolStyles } from './toolStyles'

/**
 * Frame of the admin's tool pages (Sauvegarde, Maintenance): Payload's default template (nav,
 * header), and the page itself only for administrators — checked here on the server, and
 * again by every endpoint the page calls.
 */
export function AdminToolPage({ props, crumb, children }: { props: AdminViewServerProps; crumb: string; children: ReactNode }) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const messages = adminToolsMessages(toLocale(req.i18n.language))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      {/* Without it the header's breadcrumb keeps saying « Tableau de bord ». */}
      <SetStepNav nav={[{ label: crumb }]} />
      <Gutter>
        <div style={toolStyles.page}>{isAdminUser(req.user) ? children : <p style={toolStyles.intro}>{messages.adminOnly}</p>}</div>
      </Gutter>
    </DefaultTemplate>
  )
}
