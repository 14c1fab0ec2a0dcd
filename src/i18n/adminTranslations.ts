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

export const adminTranslations = { fr: { taalentio: fr }, en: { taalentio: en } }
