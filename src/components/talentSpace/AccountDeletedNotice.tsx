'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'

import { CheckIcon } from '@/components/icons'
import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'
import { ACCOUNT_DELETED_QUERY } from '@/talentSpace/paths'

import { XIcon } from './icons'

/** The goodbye shown on the home page after a talent deleted their account (`/?compte=supprime`). */
export function AccountDeletedNotice({ messages }: { messages: TalentSpaceMessages['accountDeleted'] }) {
  const searchParams = useSearchParams()
  const pathname = usePathname()
  const router = useRouter()
  if (searchParams.get(ACCOUNT_DELETED_QUERY.name) !== ACCOUNT_DELETED_QUERY.value) return null

  return (
    <div className="container-page pt-6">
      <div role="status" className="flex items-start gap-3 rounded-2xl bg-white px-4 py-4 shadow-card ring-1 ring-forest-600/25 sm:px-5">
        <span className="grid size-9 shrink-0 place-items-center rounded-full bg-forest-600 text-white">
          <CheckIcon className="size-5" strokeWidth={2.5} />
        </span>
        <div className="min-w-0 flex-1">
          <p className="font-bold text-ink-950">{messages.title}</p>
          <p className="mt-0.5 text-sm text-ink-600">{messages.text}</p>
        </div>
        <button
          type="button"
          onClick={() => router.replace(pathname, { scroll: false })}
          aria-label={messages.dismiss}
          className="grid size-10 shrink-0 place-items-center rounded-full text-ink-600 hover:bg-sand-100 hover:text-ink-950"
        >
          <XIcon className="size-5" />
        </button>
      </div>
    </div>
  )
}
