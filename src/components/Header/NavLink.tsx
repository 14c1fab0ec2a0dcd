'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

import { isAdminPanelHref } from '@/navigation'

type NavLinkProps = {
  href: string
  className?: string
  activeClassName?: string
  children: ReactNode
}

/** A navigation link that marks the current page (`aria-current`) and leaves for the admin panel with a full load. */
export function NavLink({ href, className = '', activeClassName = '', children }: NavLinkProps) {
  const pathname = usePathname()
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`)
  const classes = `${className} ${current ? activeClassName : ''}`.trim()

  if (isAdminPanelHref(href)) {
    return (
      <a href={href} className={classes}>
        {children}
      </a>
    )
  }
  return (
    <Link href={href} className={classes} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  )
}
