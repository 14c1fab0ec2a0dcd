'use client'
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { isAdminUser } from '@/access/roles'
import { useAdminTools } from './useAdminTools'

/** "Outils" group at the end of the admin nav: Sauvegarde and Maintenance, for admins only. */
export default function AdminToolsNavLinks() {
  const { user } = useAuth()
  const { messages, adminUrl } = useAdminTools()
  const pathname = usePathname()
  if (!isAdminUser(user as { roles?: string[] } | null)) return null
  const links = [
    { href: `${adminUrl}/sauvegarde`, label: messages.nav.backup },
    { href: `${adminUrl}/maintenance`, label: messages.nav.maintenance },
  ]
  return (
    <nav aria-label={messages.nav.heading} style={{ marginTop: 'calc(var(--base) * 0.5)', width: '100%' }}>
      <div style={{ fontSize: '0.75rem', textTransform: 'uppercase', letterSpacing: '0.05em', color: 'var(--theme-elevation-500)', marginBottom: 6 }}>{messages.nav.heading}</div>
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className="nav__link"
          aria-current={pathname === link.href ? 'page' : undefined}
          style={{ display: 'block', padding: '4px 0', fontWeight: pathname === link.href ? 600 : 400 }}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  )
}
