'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'

import { panelStyles as styles } from './panelStyles'
import { useBadgeAdmin } from './useBadgeAdmin'

/** On an assignment's edit page (sidebar): download its card-size badge. */
export default function AssignmentBadge() {
  const { id } = useDocumentInfo()
  const { messages, apiUrl } = useBadgeAdmin()
  return (
    <section style={styles.panel} aria-label={messages.assignmentTitle} data-testid="assignment-badge">
      <h3 style={styles.title}>{messages.assignmentTitle}</h3>
      {id ? (
        <>
          <p style={styles.muted}>{messages.assignmentHint}</p>
          <div style={styles.actions}>
            <Button el="anchor" url={`${apiUrl}/assignments/${id}/badge.pdf`} buttonStyle="primary" margin={false} extraButtonProps={{ download: '' }}>
              {messages.assignmentDownload}
            </Button>
          </div>
        </>
      ) : (
        <p style={styles.muted}>{messages.assignmentSaveFirst}</p>
      )}
    </section>
  )
}
