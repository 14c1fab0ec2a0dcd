import type { Metadata } from 'next'

import type { Locale } from '@/i18n'
import type { SeoImage, SeoSetting } from '../../payload-types'
import type { SeoRoutePath } from './publicRoutes'

type Messages = { siteName: string; defaultTitle: string; description: string }

const DEFAULT_REGION: Record<Locale, string> = { fr: 'FR', en: 'GB' }

/** og:locale: the page's language with the region of the SEO settings (fr_CI), else the usual one. */
export function openGraphLocale(locale: Locale, region: string | null | undefined): string {
  return `${locale}_${region || DEFAULT_REGION[locale]}`
}

/**
 * The SEO texts are written in the settings' main language: pages shown in that language
 * use them, pages shown in the other language keep the site's own translated texts.
 */
const usesSeoTexts = (settings: SeoSetting, locale: Locale) => (settings.language ?? 'fr') === locale

export function ogImages(image: SeoImage | null | undefined): NonNullable<Metadata['openGraph']>['images'] | undefined {
  if (!image?.url) return undefined
  const og = image.sizes?.og
  return og?.url
    ? [{ url: og.url, width: og.width ?? undefined, height: og.height ?? undefined, alt: image.alt }]
    : [{ url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }]
}

function robots(settings: SeoSetting, noIndex = false): Metadata['robots'] {
  const index = settings.allowIndexing !== false && !noIndex
  const follow = settings.allowIndexing !== false && settings.followLinks !== false
  return { index, follow }
}

const image = (value: number | SeoImage | null | undefined) => (value && typeof value === 'object' ? value : null)

/** Site-wide defaults for the public layout: title template, description, sharing card, robots. */
export function siteMetadata(settings: SeoSetting, locale: Locale, messages: Messages): Metadata {
  const own = usesSeoTexts(settings, locale)
  const siteName = settings.siteName?.trim() || messages.siteName
  const title = (own && settings.defaultTitle?.trim()) || messages.defaultTitle
  const description = (own && settings.defaultDescription?.trim()) || messages.description
  const images = ogImages(image(settings.ogImage))
  const otherLocale: Locale = locale === 'fr' ? 'en' : 'fr'
  return {
    title: { default: title, template: `%s · ${siteName}` },
    description,
    applicationName: siteName,
    robots: robots(settings),
    openGraph: {
      siteName,
      type: 'website',
      locale: openGraphLocale(locale, settings.region),
      alternateLocale: openGraphLocale(otherLocale, settings.region),
      title,
      description,
      ...(images ? { images } : {}),
    },
    twitter: {
      card: settings.twitterCard ?? 'summary_large_image',
      ...(settings.twitterSite ? { site: settings.twitterSite } : {}),
      title,
      description,
      ...(images ? { images } : {}),
    },
  }
}

type PageSeo = { title?: string | null; description?: string | null; image?: number | SeoImage | null; noIndex?: boolean | null }

/** The text of a Next title (`'x'`, `{ absolute: 'x' }`, `{ default: 'x' }`). */
function titleText(title: Metadata['title']): string | undefined {
  if (!title) return undefined
  if (typeof title === 'string') return title
  if ('absolute' in title && title.absolute) return title.absolute
  if ('default' in title) return title.default
  return undefined
}

/**
 * A page's own SEO (built-in route override or content page) on top of the site defaults.
 * `fallback` is what the page says without settings (its translated title…). Next replaces
 * the layout's openGraph/twitter objects wholesale, so they are rebuilt in full here.
 */
function withPageSeo(settings: SeoSetting, locale: Locale, messages: Messages, seo: PageSeo | undefined, fallback: Metadata, useSeoTexts: boolean): Metadata {
  const base = siteMetadata(settings, locale, messages)
  const title = (useSeoTexts && seo?.title?.trim()) || undefined
  const description = (useSeoTexts && seo?.description?.trim()) || (fallback.description ?? undefined) || undefined
  const images = ogImages(image(seo?.image))
  const resolvedTitle = title ? { absolute: title } : fallback.title
  const shareTitle = title ?? titleText(fallback.title)
  return {
    ...fallback,
    ...(resolvedTitle ? { title: resolvedTitle } : {}),
    ...(description ? { description } : {}),
    ...(seo?.noIndex || fallback.robots ? { robots: seo?.noIndex ? robots(settings, true) : fallback.robots } : {}),
    openGraph: {
      ...base.openGraph,
      ...(fallback.openGraph ?? {}),
      ...(shareTitle ? { title: shareTitle } : {}),
      ...(description ? { description } : {}),
      ...(images ? { images } : {}),
    },
    twitter: {
      ...base.twitter,
      ...(fallback.twitter ?? {}),
      ...(shareTitle ? { title: shareTitle } : {}),
      ...(description ? { description } : {}),
      ...(images ? { images } : {}),
    } as Metadata['twitter'],
  }
}

/** Metadata of a built-in public route: its override in SeoSettings › Pages du site, else `fallback`. */
export function routeMetadata(settings: SeoSetting, locale: Locale, messages: Messages, path: SeoRoutePath, fallback: Metadata = {}): Metadata {
  const override = settings.routes?.find((route) => route.path === path)
  return withPageSeo(settings, locale, messages, override ?? undefined, fallback, usesSeoTexts(settings, locale))
}

/** Metadata of a content page: its SEO tab (plugin-seo `meta`), else its title. Written in one language. */
export function contentPageMetadata(settings: SeoSetting, locale: Locale, messages: Messages, page: { title: string; slug: string; meta?: PageSeo | null }): Metadata {
  return withPageSeo(settings, locale, messages, page.meta ?? undefined, { title: page.title, alternates: { canonical: `/${page.slug}` } }, true)
}
