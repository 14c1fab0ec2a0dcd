import type { AdminViewServerProps } from 'payload'

import { toLocale } from '@/i18n/locales'
import { AdminToolPage } from '../maintenance/AdminToolPage'
import { adminToolsMessages } from '../maintenance/adminToolsMessages'
import { toolStyles } from '../maintenance/toolStyles'
import BackupPanel from './BackupPanel'

/** /admin/sauvegarde — download a full backup, restore one (admins only). */
export default function BackupView(props: AdminViewServerProps) {
  const messages = adminToolsMessages(toLocale(props.initPageResult.req.i18n.language)).backup
  return (
    <AdminToolPage props={props} crumb={messages.title}>
      <h1 style={toolStyles.title}>{messages.title}</h1>
      <p style={toolStyles.intro}>{messages.intro}</p>
      <BackupPanel />
    </AdminToolPage>
  )
}
