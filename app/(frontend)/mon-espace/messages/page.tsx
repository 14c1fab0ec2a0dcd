import type { Metadata } from 'next'

import { CheckIcon } from '@/components/icons'
import { NoTalentProfile } from '@/components/talentSpace/NoTalentProfile'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { format, plural } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { INTL_LOCALE } from '@/i18n/locales'
import { cinemaProfileMessages } from '@/i18n/messages/cinemaProfile'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { CINEMA_MESSAGES_PATH } from '@/cinema/publicProfile'

import { requireTalentSpace } from '../loadTalentSpace'
import { markMessageRead } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  return { title: cinemaProfileMessages[await getLocale()].space.messages.metaTitle, robots: { index: false, follow: false } }
}

/** The contact messages visitors sent from the person's cinema profile, newest first. */
export default async function MessagesPage() {
  const space = await requireTalentSpace(CINEMA_MESSAGES_PATH)
  const m = cinemaProfileMessages[space.locale].space.messages
  if (space.state === 'noProfile' && !space.cinema) return <NoTalentProfile isStaff={space.isStaff} messages={talentSpaceMessages[space.locale].noProfile} />

  const { docs, totalDocs } = space.cinema
    ? await space.payload.find({
        collection: 'contact-messages',
        where: { recipient: { equals: space.user.id } },
        sort: '-createdAt',
        depth: 0,
        limit: 100,
        overrideAccess: false,
        user: space.user,
      })
    : { docs: [], totalDocs: 0 }
  const unread = docs.filter((doc) => doc.status === 'new').length
  const dateFormat = new Intl.DateTimeFormat(INTL_LOCALE[space.locale], { dateStyle: 'long', timeStyle: 'short' })

  return (
    <>
      <PageHeader eyebrow={m.eyebrow} title={m.title} intro={m.intro} />
      {!space.cinema ? (
        <p className="rounded-3xl bg-white p-6 text-ink-700 shadow-card ring-1 ring-ink-900/5">{m.noCinema}</p>
      ) : docs.length === 0 ? (
        <div className="rounded-3xl bg-white p-8 text-center shadow-card ring-1 ring-ink-900/5">
          <p className="text-lg font-bold text-ink-950">{m.empty}</p>
          <p className="mx-auto mt-2 max-w-md text-sm text-ink-600">{m.emptyText}</p>
        </div>
      ) : (
        <>
          <p className="mb-4 text-sm font-semibold text-ink-700">
            {format(plural(space.locale, totalDocs, m.count), { count: totalDocs })}
            {unread ? ` · ${format(plural(space.locale, unread, m.unreadCount), { count: unread })}` : null}
          </p>
          <ol className="grid gap-4">
            {docs.map((message) => {
              const isNew = message.status === 'new'
              const replyHref = `mailto:${encodeURIComponent(message.senderEmail)}?subject=${encodeURIComponent(`Re: ${message.subject}`)}`
              return (
                <li key={message.id}>
                  <article
                    aria-labelledby={`message-${message.id}`}
                    className={`rounded-3xl bg-white p-5 shadow-card ring-1 sm:p-6 ${isNew ? 'ring-terracotta-600/40' : 'ring-ink-900/5'}`}
                  >
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <div className="min-w-0">
                        <h2 id={`message-${message.id}`} className="flex flex-wrap items-center gap-2 text-lg font-bold text-ink-950">
                          {isNew ? <span className="rounded-full bg-terracotta-600 px-2.5 py-0.5 text-xs font-bold text-white uppercase">{m.new}</span> : null}
                          <span className="break-words">{message.subject}</span>
                        </h2>
                        <p className="mt-1 text-sm text-ink-700">
                          <span className="font-semibold">{m.from} :</span> {message.senderName} · <span className="break-all">{message.senderEmail}</span>
                          {message.organisation ? (
                            <>
                              {' '}
                              · <span className="font-semibold">{m.organisation} :</span> {message.organisation}
                            </>
                          ) : null}
                        </p>
                        <p className="mt-0.5 text-xs text-ink-600">{format(m.receivedOn, { date: dateFormat.format(new Date(message.createdAt)) })}</p>
                      </div>
                    </div>
                    <p className="mt-4 text-base leading-relaxed break-words whitespace-pre-line text-ink-900">{message.message}</p>
                    <div className="mt-5 flex flex-wrap items-center gap-2">
                      <a href={replyHref} className="btn btn-primary">
                        {m.reply}
                      </a>
                      {isNew ? (
                        <form action={markMessageRead}>
                          <input type="hidden" name="id" value={message.id} />
                          <button type="submit" className="btn btn-secondary">
                            <CheckIcon className="size-4" strokeWidth={2.5} />
                            {m.markRead}
                          </button>
                        </form>
                      ) : (
                        <span className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-600">
                          <CheckIcon className="size-4 text-forest-600" strokeWidth={2.5} />
                          {m.markedRead}
                        </span>
                      )}
                    </div>
                  </article>
                </li>
              )
            })}
          </ol>
        </>
      )}
    </>
  )
}
