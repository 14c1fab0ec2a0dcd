import type { Locale } from '../locales'

/** The admin's API key fields and "Tester la clé" results (Integrations global). */
const fr = {
  field: {
    environment: 'Défini par l’environnement ({variable}) : cette valeur est utilisée, celle enregistrée ici est ignorée.',
    environmentShort: 'Défini par l’environnement',
    saved: 'Clé enregistrée (chiffrée)',
    none: 'Aucune clé enregistrée.',
    replace: 'Remplacer',
    newKey: 'Nouvelle clé',
    newKeyHint: 'La clé est chiffrée à l’enregistrement et ne sera plus jamais affichée en entier.',
    cancel: 'Annuler',
    remove: 'Supprimer la clé enregistrée',
    removePending: 'La clé sera supprimée à l’enregistrement.',
    undoRemove: 'Garder la clé',
    test: 'Tester la clé',
    testTyped: 'Tester la nouvelle clé',
    testing: 'Test en cours…',
    unsaved: 'Nouvelle clé non encore enregistrée : cliquez sur « Enregistrer » pour la garder.',
  },
  result: {
    ok: 'Clé valide : {service} l’a acceptée.',
    invalid: 'Clé refusée par {service} : vérifiez-la ou remplacez-la.',
    unreachable: '{service} est injoignable : la clé n’a pas pu être vérifiée. Réessayez plus tard.',
    unexpected: 'Réponse inattendue de {service}{status} : la clé n’a pas pu être vérifiée. Réessayez plus tard.',
    missing: 'Aucune clé à tester : saisissez-en une ou définissez {variable}.',
    forbidden: 'Réservé aux administrateurs.',
    badRequest: 'Requête invalide.',
    unknownService: 'Service inconnu.',
  },
}

export type SettingsMessages = typeof fr

const en: SettingsMessages = {
  field: {
    environment: 'Set by the environment ({variable}): that value is used, the one saved here is ignored.',
    environmentShort: 'Set by the environment',
    saved: 'Key saved (encrypted)',
    none: 'No key saved.',
    replace: 'Replace',
    newKey: 'New key',
    newKeyHint: 'The key is encrypted when saved and will never be shown in full again.',
    cancel: 'Cancel',
    remove: 'Remove the saved key',
    removePending: 'The key will be removed when you save.',
    undoRemove: 'Keep the key',
    test: 'Test the key',
    testTyped: 'Test the new key',
    testing: 'Testing…',
    unsaved: 'New key not saved yet: click “Save” to keep it.',
  },
  result: {
    ok: 'Valid key: {service} accepted it.',
    invalid: '{service} refused the key: check it or replace it.',
    unreachable: '{service} cannot be reached: the key could not be checked. Try again later.',
    unexpected: 'Unexpected answer from {service}{status}: the key could not be checked. Try again later.',
    missing: 'No key to test: type one or set {variable}.',
    forbidden: 'Administrators only.',
    badRequest: 'Invalid request.',
    unknownService: 'Unknown service.',
  },
}

export const settingsMessages: Record<Locale, SettingsMessages> = { fr, en }
