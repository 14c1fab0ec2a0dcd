import type { CSSProperties } from 'react'

/** The look of the badge panels: Payload's theme variables, with Taalentio's terracotta as accent. */
export const panelStyles = {
  panel: {
    border: '1px solid var(--theme-elevation-150)',
    borderLeft: '4px solid #b4461f',
    borderRadius: 'var(--style-radius-m, 6px)',
    background: 'var(--theme-elevation-0)',
    padding: 'calc(var(--base) * 0.9) var(--base)',
    marginBottom: 'var(--base)',
  },
  title: { margin: 0, fontSize: '1rem', lineHeight: 1.4 },
  text: { margin: 'calc(var(--base) * 0.25) 0 0', color: 'var(--theme-elevation-800)' },
  muted: { margin: 'calc(var(--base) * 0.25) 0 0', color: 'var(--theme-elevation-500)', fontSize: '0.8125rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) * 0.75)', marginTop: 'calc(var(--base) * 0.75)' },
  action: { display: 'flex', flexDirection: 'column', gap: 4, minWidth: 220 },
  checkbox: { display: 'inline-flex', alignItems: 'center', gap: 8, marginTop: 'calc(var(--base) * 0.6)', cursor: 'pointer' },
} satisfies Record<string, CSSProperties>
