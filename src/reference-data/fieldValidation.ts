import { text, type TextFieldSingleValidation } from 'payload/shared'

type BilingualMessage = { fr: string; en: string }

/** Payload's own text validation (required, length) plus a format check with a message in the editor's language. */
export function matchesPattern(pattern: RegExp, message: BilingualMessage): TextFieldSingleValidation {
  return (value, options) => {
    if (typeof value === 'string' && value !== '' && !pattern.test(value)) {
      return options.req.i18n?.language === 'en' ? message.en : message.fr
    }
    return text(value, options)
  }
}

export const upperCaseLetters = (count: number): TextFieldSingleValidation =>
  matchesPattern(new RegExp(`^[A-Z]{${count}}$`), {
    fr: `${count} lettres majuscules attendues (A–Z).`,
    en: `Expected ${count} capital letters (A–Z).`,
  })

export const slugFormat: TextFieldSingleValidation = matchesPattern(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  fr: 'Minuscules, chiffres et tirets uniquement (ex. chef-operateur).',
  en: 'Lower-case letters, digits and hyphens only (e.g. chef-operateur).',
})
