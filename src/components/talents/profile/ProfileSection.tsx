import type { ReactNode } from 'react'

import { HiddenFromPublic } from './HiddenFromPublic'

type ProfileSectionProps = {
  id: string
  title: string
  /** Label of the "hidden from the public" mark, when the viewer sees a part visitors do not. */
  hiddenLabel?: string
  children: ReactNode
}

export function ProfileSection({ id, title, hiddenLabel, children }: ProfileSectionProps) {
  return (
    <section aria-labelledby={id} className="rounded-3xl bg-white p-6 shadow-card ring-1 ring-ink-900/5 sm:p-8">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h2 id={id} className="text-xl font-bold tracking-tight text-ink-950">
          {title}
        </h2>
        {hiddenLabel ? <HiddenFromPublic label={hiddenLabel} /> : null}
      </div>
      <div className="mt-5">{children}</div>
    </section>
  )
}
