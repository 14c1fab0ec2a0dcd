import type { TextFieldSingleValidation } from 'payload'

import { isReservedPageSlug, PAGE_SLUG_PATTERN } from '@/seo/reservedSlugs'

/** A page lives at `/<slug>`: a plain lower-case slug, not one a built-in route already uses. */
export const validatePageSlug: TextFieldSingleValidation = (value, { req }) => {
  const english = req?.i18n?.language === 'en'
  if (!value) return english ? 'The address is required.' : 'L’adresse est obligatoire.'
  if (!PAGE_SLUG_PATTERN.test(value)) {
    return english
      ? 'Lower-case letters, digits and hyphens only, e.g. legal-notice.'
      : 'Lettres minuscules sans accents, chiffres et tirets uniquement, ex. mentions-legales.'
  }
  if (isReservedPageSlug(value)) {
    return english ? `“/${value}” is already used by the site.` : `« /${value} » est déjà utilisée par le site.`
  }
  return true
}
