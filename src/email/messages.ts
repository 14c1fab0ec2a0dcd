/**
 * Texts of the emails. French is the reference; `en` must have the same keys. French
 * strings hold a no-break space (\u00a0) before « : » and « ! », as French typography wants.
 * Placeholders such as `{code}` are filled with `format()` from '@/i18n' on plain text;
 * the templates escape everything when they build the HTML.
 */
const fr = {
  layout: {
    tagline: 'Les talents d’Afrique, casting et cinéma',
    defaultReason: 'Vous recevez cet e-mail parce que vous avez un compte sur Taalentio.',
    automatedNotice: 'Ce message est envoyé automatiquement, merci de ne pas y répondre.',
    buttonFallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
    labelValue: '{label}\u00a0: {value}',
    logoAlt: 'Taalentio',
  },
  registrationConfirmation: {
    subject: 'Bienvenue sur Taalentio — votre code {code}',
    title: 'Bienvenue sur Taalentio, {name}\u00a0!',
    titleWithoutName: 'Bienvenue sur Taalentio\u00a0!',
    preheader: 'Votre code unique est {code}. Choisissez votre mot de passe pour activer votre compte.',
    intro: 'Votre profil de talent a bien été créé.',
    codeLabel: 'Votre code unique',
    codeHelp:
      'Ce code identifie votre profil sur la plateforme. Pour vous connecter, saisissez-le (ou votre adresse e-mail) avec votre mot de passe.',
    setPassword:
      'Pour activer votre compte, choisissez votre mot de passe avec le lien ci-dessous. Il ne sert qu’une seule fois et expire le {expiresAt}.',
    action: 'Choisir mon mot de passe',
    reason:
      'Vous recevez cet e-mail parce qu’un profil Taalentio vient d’être créé avec cette adresse. Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message\u00a0: aucun mot de passe n’a été défini.',
    introCinema: 'Votre profil cinéma a bien été créé.',
    cinemaProfileLink: 'Votre page de profil cinéma\u00a0: {url}',
    existingAccount: 'Ce profil est rattaché à votre compte\u00a0: connectez-vous comme d’habitude, avec votre adresse e-mail ou votre code et votre mot de passe.',
  },
  passwordReset: {
    subject: 'Réinitialisation de votre mot de passe Taalentio',
    title: 'Réinitialiser votre mot de passe',
    preheader: 'Choisissez un nouveau mot de passe pour votre compte Taalentio.',
    greeting: 'Bonjour {name},',
    greetingWithoutName: 'Bonjour,',
    intro: 'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Taalentio.',
    instructions:
      'Pour choisir un nouveau mot de passe, utilisez le lien ci-dessous. Il ne sert qu’une seule fois et expire le {expiresAt}.',
    action: 'Choisir un nouveau mot de passe',
    reason:
      'Vous recevez cet e-mail parce qu’une réinitialisation du mot de passe a été demandée pour votre compte Taalentio. Si vous n’en êtes pas à l’origine, ignorez ce message\u00a0: votre mot de passe reste inchangé.',
  },
}

export type EmailMessages = typeof fr

const en: EmailMessages = {
  layout: {
    tagline: 'Africa’s talent, casting and film',
    defaultReason: 'You are receiving this email because you have a Taalentio account.',
    automatedNotice: 'This message was sent automatically; please do not reply.',
    buttonFallback: 'If the button does not work, copy this link into your browser:',
    labelValue: '{label}: {value}',
    logoAlt: 'Taalentio',
  },
  registrationConfirmation: {
    subject: 'Welcome to Taalentio — your code {code}',
    title: 'Welcome to Taalentio, {name}!',
    titleWithoutName: 'Welcome to Taalentio!',
    preheader: 'Your unique code is {code}. Choose your password to activate your account.',
    intro: 'Your talent profile has been created.',
    codeLabel: 'Your unique code',
    codeHelp:
      'This code identifies your profile on the platform. To sign in, type it (or your email address) with your password.',
    setPassword:
      'To activate your account, choose your password with the link below. It works only once and expires on {expiresAt}.',
    action: 'Choose my password',
    reason:
      'You are receiving this email because a Taalentio profile was just created with this address. If you did not register, ignore this message: no password has been set.',
    introCinema: 'Your cinema profile has been created.',
    cinemaProfileLink: 'Your cinema profile page: {url}',
    existingAccount: 'This profile belongs to your account: sign in as usual, with your email address or your code and your password.',
  },
  passwordReset: {
    subject: 'Reset your Taalentio password',
    title: 'Reset your password',
    preheader: 'Choose a new password for your Taalentio account.',
    greeting: 'Hello {name},',
    greetingWithoutName: 'Hello,',
    intro: 'We received a request to reset the password of your Taalentio account.',
    instructions:
      'To choose a new password, use the link below. It works only once and expires on {expiresAt}.',
    action: 'Choose a new password',
    reason:
      'You are receiving this email because a password reset was requested for your Taalentio account. If you did not ask for it, ignore this message: your password stays unchanged.',
  },
}

export const emailMessages = { fr, en } as const
