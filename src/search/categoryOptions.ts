import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { CATEGORY_GROUPS } from '@/reference-data/categories'

export type CategoryOption = { value: string; label: string }
export type CategoryOptionGroup = { label: string; options: CategoryOption[] }

/**
 * Talent categories for the search form's select, named in the visitor's language and
 * grouped as in the reference data (Interprétation, Équipe technique…). The value is the
 * category's slug, stable across databases, so `/talents?category=acteur` is shareable.
 */
export async function getCategoryOptionGroups(payload: Payload, locale: Locale): Promise<CategoryOptionGroup[]> {
  const { docs } = await payload.find({
    collection: 'categories',
    pagination: false,
    sort: 'sortOrder',
    depth: 0,
    select: { slug: true, nameFr: true, nameEn: true, group: true },
  })

  const groups = CATEGORY_GROUPS.map((group) => ({
    value: group.value as string,
    label: group.label[locale],
    options: [] as CategoryOption[],
  }))
  // A category whose group is unknown here still appears, with the last group ("Autres").
  const lastGroup = groups[groups.length - 1]

  for (const category of docs) {
    const group = groups.find((candidate) => candidate.value === category.group) ?? lastGroup
    group.options.push({
      value: category.slug,
      label: (locale === 'en' ? category.nameEn : category.nameFr) || category.nameFr,
    })
  }

  return groups.filter((group) => group.options.length > 0).map(({ label, options }) => ({ label, options }))
}
