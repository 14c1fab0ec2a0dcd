/**
 * Our own strings for Payload's translation function (`req.t('taalentio:…')`), used in
 * server messages and the admin panel. French is the reference; English mirrors it.
 */
const fr = {
  tooManyLoginAttempts:
    'Trop de tentatives de connexion depuis cette adresse. Réessayez dans quelques minutes.',
  lastAdminCannotBeRemoved: 'Il doit rester au moins un administrateur.',
}

const en: typeof fr = {
  tooManyLoginAttempts: 'Too many login attempts from this address. Please try again in a few minutes.',
  lastAdminCannotBeRemoved: 'At least one administrator must remain.',
}

// Payload's own login label, reworded: the "username" is the person's unique code.
export const adminTranslations = {
  fr: { taalentio: fr, authentication: { emailOrUsername: 'E-mail ou code unique' } },
  en: { taalentio: en, authentication: { emailOrUsername: 'Email or unique code' } },
}
