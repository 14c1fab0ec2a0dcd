'use client'
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

import { isAdminUser } from '@/access/roles'
import { useAdminTools } from './useAdminTools'

/** "Outils" section at the end of the admin dashboard: cards to Sauvegarde and Maintenance, for admins only. */
export default function AdminToolsDashboard() {
  const { user } = useAuth()
  const { messages, adminUrl } = useAdminTools()
  if (!isAdminUser(user as { roles?: string[] } | null)) return null
  const cards = [
    { href: `${adminUrl}/sauvegarde`, label: messages.nav.backup, help: messages.nav.backupHelp },
    { href: `${adminUrl}/maintenance`, label: messages.nav.maintenance, help: messages.nav.maintenanceHelp },
  ]
  return (
    <section aria-labelledby="admin-tools-heading" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h2 id="admin-tools-heading" style={{ margin: '0 0 calc(var(--base) * 0.75)', fontSize: '1.75rem', fontWeight: 400 }}>
        {messages.nav.heading}
      </h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 'calc(var(--base) * 0.5)' }}>
        {cards.map((card) => (
          <Link
            key={card.href}
            href={card.href}
            style={{
              display: 'block',
              padding: 'calc(var(--base) * 0.8)',
              border: '1px solid var(--theme-elevation-150)',
              borderLeft: '4px solid #b4461f',
              borderRadius: 'var(--style-radius-m, 6px)',
              background: 'var(--theme-elevation-50)',
              color: 'inherit',
              textDecoration: 'none',
            }}
          >
            <strong style={{ display: 'block', marginBottom: 4 }}>{card.label}</strong>
            <span style={{ fontSize: '0.8125rem', color: 'var(--theme-elevation-650)' }}>{card.help}</span>
          </Link>
        ))}
      </div>
    </section>
  )
}
