/**
 * Texts of the set-password page (/definir-mot-de-passe), reached from the one-time link
 * emailed after registration or after "forgot password". English is typed against French.
 */
export const setPasswordFr = {
  meta: { title: 'Choisir mon mot de passe' },
  title: 'Choisissez votre mot de passe',
  intro: 'Ce lien est personnel et ne sert qu’une fois. Ensuite, vous vous connecterez avec votre e-mail ou votre code unique.',
  password: 'Nouveau mot de passe',
  passwordHint: 'Au moins {min} caractères. Une courte phrase est facile à retenir et difficile à deviner.',
  confirm: 'Confirmez le mot de passe',
  showPassword: 'Afficher le mot de passe',
  hidePassword: 'Masquer le mot de passe',
  submit: 'Enregistrer mon mot de passe',
  submitting: 'Enregistrement…',
  success: 'Mot de passe enregistré. Ouverture de votre espace…',
  asideTitle: 'Votre compte est prêt',
  asideItems: {
    login: 'Connectez-vous avec votre e-mail ou votre code unique',
    profile: 'Complétez votre profil, votre photo et votre CV',
    visibility: 'Choisissez à tout moment ce qui est public',
  },
  errors: {
    required: 'Saisissez votre nouveau mot de passe.',
    tooShort: 'Le mot de passe doit compter au moins {min} caractères.',
    confirmRequired: 'Saisissez le mot de passe une seconde fois.',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
    expired: 'Ce lien a expiré ou a déjà servi.',
    expiredHelp: 'Pour des raisons de sécurité, un lien ne sert qu’une fois et pendant une durée limitée. Demandez-en un nouveau : il vous sera envoyé par e-mail.',
    requestNew: 'Demander un nouveau lien',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    unknown: 'Une erreur est survenue. Réessayez dans un instant.',
  },
}

export type SetPasswordMessages = typeof setPasswordFr

export const setPasswordEn: SetPasswordMessages = {
  meta: { title: 'Choose my password' },
  title: 'Choose your password',
  intro: 'This link is personal and works only once. Afterwards you sign in with your email or your unique code.',
  password: 'New password',
  passwordHint: 'At least {min} characters. A short sentence is easy to remember and hard to guess.',
  confirm: 'Confirm the password',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  submit: 'Save my password',
  submitting: 'Saving…',
  success: 'Password saved. Opening your space…',
  asideTitle: 'Your account is ready',
  asideItems: {
    login: 'Sign in with your email or your unique code',
    profile: 'Complete your profile, photo and CV',
    visibility: 'Choose what is public at any time',
  },
  errors: {
    required: 'Enter your new password.',
    tooShort: 'The password must have at least {min} characters.',
    confirmRequired: 'Enter the password a second time.',
    mismatch: 'The two passwords do not match.',
    expired: 'This link has expired or has already been used.',
    expiredHelp: 'For your security, a link works only once and for a limited time. Ask for a new one: it will be sent to you by email.',
    requestNew: 'Request a new link',
    network: 'The server could not be reached. Check your connection and try again.',
    unknown: 'Something went wrong. Please try again in a moment.',
  },
}

export const setPasswordMessages = { fr: setPasswordFr, en: setPasswordEn }
