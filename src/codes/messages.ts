/**
 * Error texts of the code module. Shaped like src/i18n/adminTranslations.ts (French
 * reference, English mirror) so they can move there as `taalentio:` keys.
 */
export type CodeErrorCode =
  | 'INVALID_COUNTRY'
  | 'INVALID_GENDER'
  | 'INVALID_CITY_CODE'
  | 'INVALID_COMPANY_CODE'
  | 'INVALID_PROJECT_TYPE'
  | 'INVALID_SEQUENCE'
  | 'INVALID_SCOPE'
  | 'SEQUENCE_EXHAUSTED'
  | 'TRANSACTION_CLOSED'

export type CodeErrorParams = { value?: unknown; max?: number; scope?: string }

type Messages = Record<CodeErrorCode, (params: CodeErrorParams) => string>

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value))

const fr: Messages = {
  INVALID_COUNTRY: ({ value }) =>
    `Code pays invalide : « ${shown(value)} ». Attendu : deux lettres majuscules ISO 3166-1 (ex. CI).`,
  INVALID_GENDER: ({ value }) => `Genre invalide : « ${shown(value)} ». Attendu : M, F ou X.`,
  INVALID_CITY_CODE: ({ value }) =>
    `Code ville invalide : « ${shown(value)} ». Attendu : trois lettres majuscules (ex. ABJ).`,
  INVALID_COMPANY_CODE: ({ value }) =>
    `Code de société de production invalide : « ${shown(value)} ». Attendu : trois lettres majuscules.`,
  INVALID_PROJECT_TYPE: ({ value }) =>
    `Type de projet invalide : « ${shown(value)} ». Attendu : FLM, SER, CRT, DOC, PUB, CLP ou AUT.`,
  INVALID_SEQUENCE: ({ value, max }) =>
    `Numéro de séquence invalide : « ${shown(value)} ». Attendu : un entier de 1 à ${max}.`,
  INVALID_SCOPE: ({ value }) => `Séquence invalide : « ${shown(value)} ».`,
  SEQUENCE_EXHAUSTED: ({ scope, max }) =>
    `Plus aucun code disponible pour « ${scope} » : les ${max} numéros de cette séquence sont déjà attribués.`,
  TRANSACTION_CLOSED: () =>
    'La transaction de cette requête est déjà terminée : aucun code ne peut être attribué en dehors d’elle.',
}

const en: Messages = {
  INVALID_COUNTRY: ({ value }) =>
    `Invalid country code: "${shown(value)}". Expected two uppercase ISO 3166-1 letters (e.g. CI).`,
  INVALID_GENDER: ({ value }) => `Invalid gender: "${shown(value)}". Expected M, F or X.`,
  INVALID_CITY_CODE: ({ value }) =>
    `Invalid city code: "${shown(value)}". Expected three uppercase letters (e.g. ABJ).`,
  INVALID_COMPANY_CODE: ({ value }) =>
    `Invalid production company code: "${shown(value)}". Expected three uppercase letters.`,
  INVALID_PROJECT_TYPE: ({ value }) =>
    `Invalid project type: "${shown(value)}". Expected FLM, SER, CRT, DOC, PUB, CLP or AUT.`,
  INVALID_SEQUENCE: ({ value, max }) =>
    `Invalid sequence number: "${shown(value)}". Expected an integer from 1 to ${max}.`,
  INVALID_SCOPE: ({ value }) => `Invalid sequence: "${shown(value)}".`,
  SEQUENCE_EXHAUSTED: ({ scope, max }) =>
    `No code left for "${scope}": all ${max} numbers of this sequence have been issued.`,
  TRANSACTION_CLOSED: () =>
    "This request's transaction has already ended: no code can be issued outside of it.",
}

export function codeMessages(language: string | undefined): Messages {
  return language === 'en' ? en : fr
}
