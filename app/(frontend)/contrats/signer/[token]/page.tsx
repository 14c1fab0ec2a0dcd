import type { Metadata } from 'next'

import { getSignedInUser } from '@/auth/getSignedInUser'
import { SigningFlow } from '@/components/contracts/SigningFlow'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'

type SigningPageProps = { params: Promise<{ token: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const m = getContractMessages(await getLocale())
  // The token in the address is a credential: never indexed, never sent on as a referrer.
  return { title: m.meta.signing, robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

/**
 * The public signing page (SPEC §10), opened from the link emailed to a signer. The browser
 * itself loads the contract, so that the "viewed" event records the signer's own address
 * and user agent; the token is checked by the server at every step.
 */
export default async function ContractSigningPage({ params }: SigningPageProps) {
  const [{ token }, locale, user] = await Promise.all([params, getLocale(), getSignedInUser()])
  return (
    <div className="relative isolate">
      <div aria-hidden="true" className="absolute inset-x-0 top-0 -z-10 h-72 bg-linear-to-b from-sand-100 to-sand-50" />
      <div className="mx-auto w-full max-w-[80rem] px-4 py-6 sm:px-8 sm:py-12">
        <SigningFlow token={token} locale={locale} signedIn={Boolean(user)} messages={getContractMessages(locale)} />
      </div>
    </div>
  )
}
