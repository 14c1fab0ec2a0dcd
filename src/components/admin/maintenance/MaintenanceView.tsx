import type { AdminViewServerProps } from 'payload'

import { toLocale } from '@/i18n/locales'
import { AdminToolPage } from './AdminToolPage'
import { adminToolsMessages } from './adminToolsMessages'
import MaintenancePanel from './MaintenancePanel'
import { toolStyles } from './toolStyles'

/** /admin/maintenance — upkeep operations with their reports (admins only). */
export default function MaintenanceView(props: AdminViewServerProps) {
  const messages = adminToolsMessages(toLocale(props.initPageResult.req.i18n.language)).maintenance
  return (
    <AdminToolPage props={props} crumb={messages.title}>
      <h1 style={toolStyles.title}>{messages.title}</h1>
      <p style={toolStyles.intro}>{messages.intro}</p>
      <MaintenancePanel />
    </AdminToolPage>
  )
}
