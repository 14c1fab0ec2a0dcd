/**
 * Error texts of the public reference endpoints. Shaped like src/i18n/adminTranslations.ts
 * (French reference, English mirror) so they can move there as `taalentio:` keys.
 */
const fr = {
  malformedCountryCode: (code: string) =>
    `Code pays invalide : « ${code} ». Attendu : deux lettres ISO 3166-1 (ex. CI).`,
  unknownCountry: (code: string) => `Pays inconnu : ${code}.`,
}

const en: typeof fr = {
  malformedCountryCode: (code: string) =>
    `Invalid country code: "${code}". Expected two ISO 3166-1 letters (e.g. CI).`,
  unknownCountry: (code: string) => `Unknown country: ${code}.`,
}

export function endpointMessages(language: string | undefined): typeof fr {
  return language === 'en' ? en : fr
}
