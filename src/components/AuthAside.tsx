import { CheckIcon } from '@/components/icons'
import { Logo } from '@/components/Logo'

/** The dark side panel of the sign-in and set-password pages: a title and what the account gives. */
export function AuthAside({ title, benefits }: { title: string; benefits: readonly string[] }) {
  return (
    <aside className="relative isolate hidden overflow-hidden bg-ink-950 px-10 py-14 text-sand-50 lg:block">
      <div aria-hidden="true" className="pattern-weave absolute inset-x-0 bottom-0 -z-10 h-3" />
      <div aria-hidden="true" className="absolute -top-24 -right-24 -z-10 size-72 rounded-full bg-terracotta-600/40 blur-2xl" />
      <Logo tone="light" />
      <h2 className="mt-10 text-2xl font-bold tracking-tight">{title}</h2>
      <ul className="mt-6 space-y-4">
        {benefits.map((benefit) => (
          <li key={benefit} className="flex items-start gap-3 text-ink-300">
            <span className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-ochre-400 text-ink-950">
              <CheckIcon className="size-4" strokeWidth={2.5} />
            </span>
            {benefit}
          </li>
        ))}
      </ul>
    </aside>
  )
}
