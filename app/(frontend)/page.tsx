import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'
import { Suspense } from 'react'

import { Audiences } from '@/components/home/Audiences'
import { CinemaTeaser } from '@/components/home/CinemaTeaser'
import { FinalCallToAction } from '@/components/home/FinalCallToAction'
import { Hero } from '@/components/home/Hero'
import { HowItWorks } from '@/components/home/HowItWorks'
import { TalentSearch } from '@/components/home/TalentSearch'
import { AccountDeletedNotice } from '@/components/talentSpace/AccountDeletedNotice'
import { getMessages } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { getCategoryOptionGroups } from '@/search/categoryOptions'
import { getPublicCounts } from '@/stats/publicCounts'
import { seoForRoute } from '@/seo/routeSeo'

// The counts are live: render on every request, never from a build-time snapshot.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  // No title of its own: the layout's default title (SEO settings, else the site's) is the home page's.
  return seoForRoute('/')
}

export default async function HomePage() {
  const locale = await getLocale()
  const { home } = getMessages(locale)
  const payload = await getPayload({ config })
  const [counts, categories] = await Promise.all([
    getPublicCounts(payload),
    getCategoryOptionGroups(payload, locale),
  ])

  return (
    <>
      <Suspense fallback={null}>
        <AccountDeletedNotice messages={talentSpaceMessages[locale].accountDeleted} />
      </Suspense>
      <Hero locale={locale} messages={home} counts={counts} />
      <TalentSearch messages={home.search} categories={categories} />
      <HowItWorks messages={home.steps} />
      <Audiences messages={home.audiences} />
      <CinemaTeaser messages={home.cinema} />
      <FinalCallToAction messages={home.finalCta} />
    </>
  )
}
