import type { Metadata } from 'next'

import { DeleteAccountSection } from '@/components/talentSpace/DeleteAccountSection'
import { LockIcon } from '@/components/talentSpace/icons'
import { NoTalentProfile } from '@/components/talentSpace/NoTalentProfile'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { PasswordForm } from '@/components/talentSpace/PasswordForm'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { TALENT_SPACE_PATHS } from '@/talentSpace/paths'

import { changePassword } from '../actions'
import { loadTalentSpace, requireTalentSpace } from '../loadTalentSpace'

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await loadTalentSpace()
  return { title: talentSpaceMessages[locale].meta.accountTitle }
}

export default async function AccountPage() {
  const space = await requireTalentSpace(TALENT_SPACE_PATHS.account)
  const m = talentSpaceMessages[space.locale]
  if (space.state === 'noProfile') return <NoTalentProfile isStaff={space.isStaff} messages={m.noProfile} />

  const { talent, user } = space
  return (
    <>
      <PageHeader eyebrow={m.shell.eyebrow} title={m.meta.accountTitle} />
      <div className="space-y-5">
        <section aria-labelledby="password-title" className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-7">
          <div className="mb-5 flex items-start gap-3">
            <span className="grid size-10 shrink-0 place-items-center rounded-xl bg-sand-100 text-ink-700">
              <LockIcon className="size-5" />
            </span>
            <div>
              <h2 id="password-title" className="text-lg font-bold tracking-tight text-ink-950">
                {m.password.title}
              </h2>
              <p className="mt-0.5 text-sm text-ink-600">{m.password.intro}</p>
            </div>
          </div>
          <PasswordForm email={user.email} messages={{ password: m.password, common: m.common }} save={changePassword} />
        </section>

        <DeleteAccountSection code={talent.code ?? ''} messages={{ ...m.deletion, network: m.common.network, unknown: m.common.unknown, cancel: m.common.cancel }} />
      </div>
    </>
  )
}
