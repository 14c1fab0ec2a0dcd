'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

type MobileMenuProps = {
  openLabel: string
  closeLabel: string
  menuLabel: string
  children: ReactNode
}

/**
 * The burger menu for small screens. The button says whether the panel is open
 * (`aria-expanded`); Escape closes it and gives focus back to the button; following
 * a link, or navigating, closes it too.
 */
export function MobileMenu({ openLabel, closeLabel, menuLabel, children }: MobileMenuProps) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const pathname = usePathname()

  useEffect(() => setOpen(false), [pathname])

  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false)
        buttonRef.current?.focus()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open])

  return (
    <div className="lg:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={open ? closeLabel : openLabel}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex items-center gap-2 rounded-full px-3 py-2 text-sm font-semibold text-ink-900 ring-1 ring-ink-900/15 ring-inset hover:bg-sand-100"
      >
        <svg viewBox="0 0 24 24" className="size-5" aria-hidden="true" focusable="false">
          {open ? (
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
        <span aria-hidden="true">{menuLabel}</span>
      </button>

      <div
        id={panelId}
        hidden={!open}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false)
        }}
        className="absolute inset-x-0 top-full border-b border-ink-900/10 bg-sand-50 px-5 pt-3 pb-6 shadow-card"
      >
        {children}
      </div>
    </div>
  )
}
