import Link from 'next/link'

import type { RegistrationMessages } from '@/i18n/messages/registration'

import { CheckIcon } from '../icons'

/** What to have at hand, and the privacy promise, beside the form. */
export function RegistrationAside({ messages }: { messages: RegistrationMessages['page'] }) {
  const items = [messages.asideItems.photo, messages.asideItems.cv, messages.asideItems.time]
  return (
    <aside aria-labelledby="registration-aside-title" className="rounded-3xl bg-sand-100 p-5 ring-1 ring-ink-900/5">
      <h2 id="registration-aside-title" className="text-sm font-bold text-ink-950">
        {messages.asideTitle}
      </h2>
      <ul className="mt-3 space-y-2.5 text-sm text-ink-700">
        {items.map((item) => (
          <li key={item} className="flex gap-2.5">
            <span aria-hidden="true" className="mt-0.5 grid size-5 shrink-0 place-items-center rounded-full bg-ochre-400 text-ink-950">
              <CheckIcon className="size-3.5" strokeWidth={2.5} />
            </span>
            {item}
          </li>
        ))}
      </ul>
      <p className="mt-4 flex gap-2.5 border-t border-ink-900/10 pt-4 text-sm text-ink-700">
        <svg viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0 text-forest-600" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
          <rect x="4" y="9" width="12" height="8" rx="1.5" />
          <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
        </svg>
        {messages.asidePrivacy}
      </p>
      <p className="mt-4 text-sm text-ink-600">
        {messages.haveAccount}{' '}
        <Link href="/connexion" className="rounded font-semibold text-terracotta-600 hover:text-terracotta-700">
          {messages.login}
        </Link>
      </p>
    </aside>
  )
}
