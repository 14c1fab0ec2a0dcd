/**
 * Texts of the owner's cinema profile editor (/mon-espace/cinema). French is the reference;
 * the English dictionary is typed against it. The sections' labels are the registration's
 * (`cinemaRegistration.ts`); these are what differs when editing.
 */
export const cinemaSpaceFr = {
  meta: { title: 'Modifier ma fiche cinéma' },
  page: {
    eyebrow: 'Profil cinéma',
    title: 'Modifier ma fiche cinéma',
    intro: 'Les neuf sections de votre fiche casting. Modifiez ce qui a changé, puis enregistrez : votre fiche publique est mise à jour aussitôt.',
    codeNote: 'Votre code {code} ne change jamais, même si vous changez de ville.',
    viewProfile: 'Voir ma fiche publique',
    emailHint: 'L’adresse de votre compte : elle ne se modifie pas ici.',
    required: 'Les champs sans mention « facultatif » sont obligatoires.',
  },
  noProfile: {
    title: 'Aucune fiche cinéma pour ce compte',
    text: 'Créez votre fiche cinéma en quelques minutes : elle sera rattachée à ce compte.',
    cta: 'Créer ma fiche cinéma',
    staffText: 'Les comptes de l’équipe modifient les fiches cinéma dans l’administration.',
    staffCta: 'Ouvrir les talents cinéma',
  },
  /** Registration texts that read differently once the profile exists. */
  overrides: {
    contactIntro: 'Jamais publiques : seuls vous et l’équipe Taalentio les voyez.',
    mediaIntro: 'Bande démo, photos, CV et réseaux, puis qui peut voir votre fiche.',
    privateText: 'Seule l’équipe Taalentio voit votre fiche. Vous pouvez la rendre publique à tout moment.',
  },
  files: {
    currentPhoto: 'Photo actuelle',
    currentPhotoAlt: 'Votre photo principale actuelle',
    noPhoto: 'Pas encore de photo principale.',
    newPhoto: 'Nouvelle photo',
    newPhotoHint: 'PNG ou JPG, 5 Mo au plus. Elle remplacera la photo actuelle à l’enregistrement.',
    chooseNewPhoto: 'Choisir une nouvelle photo',
    galleryPhotoAlt: 'Photo {n} de votre galerie',
    currentCv: 'CV actuel',
    cvDetails: '{size} · ajouté le {date}',
    openCv: 'Ouvrir',
    removeCv: 'Retirer le CV',
    cvRemoved: 'Le CV sera retiré à l’enregistrement.',
    undo: 'Annuler',
    newCv: 'Nouveau CV',
    newCvHint: 'PDF, DOC ou DOCX, 10 Mo au plus. Il remplacera le CV actuel à l’enregistrement. Privé.',
  },
  actions: {
    save: 'Enregistrer les modifications',
    saveShort: 'Enregistrer',
    saving: 'Enregistrement…',
  },
  status: {
    saved: 'Modifications enregistrées. Votre fiche est à jour.',
    unsaved: 'Modifications non enregistrées',
    upToDate: 'Tout est enregistré',
    leaveWarning: 'Vos modifications ne sont pas enregistrées.',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez : vos modifications sont toujours là.',
  },
  save: {
    saved: 'Modifications enregistrées.',
    fixErrors: 'Certaines informations sont à corriger : voyez les messages sous les champs. Rien n’a été modifié.',
    forbidden: 'Vous ne pouvez modifier que votre propre fiche cinéma.',
    signedOut: 'Votre session a expiré : reconnectez-vous pour enregistrer.',
    notTalent: 'Seul un compte talent peut modifier sa fiche cinéma ici.',
    noProfile: 'Ce compte n’a pas de fiche cinéma.',
    malformed: 'Formulaire illisible : rechargez la page et réessayez.',
    galleryFull: '8 photos au plus dans la galerie : retirez-en avant d’en ajouter.',
    unknown: 'Une erreur est survenue : rien n’a été modifié. Réessayez dans un instant.',
  },
}

export type CinemaSpaceMessages = typeof cinemaSpaceFr

export const cinemaSpaceEn: CinemaSpaceMessages = {
  meta: { title: 'Edit my cinema sheet' },
  page: {
    eyebrow: 'Cinema profile',
    title: 'Edit my cinema sheet',
    intro: 'The nine sections of your casting sheet. Change what needs changing, then save: your public sheet is updated at once.',
    codeNote: 'Your code {code} never changes, even if you move to another city.',
    viewProfile: 'See my public sheet',
    emailHint: 'Your account’s address: it cannot be changed here.',
    required: 'Fields not marked “optional” are required.',
  },
  noProfile: {
    title: 'No cinema sheet for this account',
    text: 'Create your cinema sheet in a few minutes: it will belong to this account.',
    cta: 'Create my cinema sheet',
    staffText: 'Staff accounts edit cinema sheets in the admin panel.',
    staffCta: 'Open cinema talents',
  },
  overrides: {
    contactIntro: 'Never public: only you and the Taalentio team see them.',
    mediaIntro: 'Showreel, photos, CV and social links, then who can see your sheet.',
    privateText: 'Only the Taalentio team sees your sheet. You can make it public at any time.',
  },
  files: {
    currentPhoto: 'Current photo',
    currentPhotoAlt: 'Your current main photo',
    noPhoto: 'No main photo yet.',
    newPhoto: 'New photo',
    newPhotoHint: 'PNG or JPG, 5 MB at most. It replaces the current photo when you save.',
    chooseNewPhoto: 'Choose a new photo',
    galleryPhotoAlt: 'Photo {n} of your gallery',
    currentCv: 'Current CV',
    cvDetails: '{size} · added on {date}',
    openCv: 'Open',
    removeCv: 'Remove the CV',
    cvRemoved: 'The CV will be removed when you save.',
    undo: 'Undo',
    newCv: 'New CV',
    newCvHint: 'PDF, DOC or DOCX, 10 MB at most. It replaces the current CV when you save. Private.',
  },
  actions: {
    save: 'Save changes',
    saveShort: 'Save',
    saving: 'Saving…',
  },
  status: {
    saved: 'Changes saved. Your sheet is up to date.',
    unsaved: 'Unsaved changes',
    upToDate: 'Everything is saved',
    leaveWarning: 'Your changes are not saved.',
    network: 'The server cannot be reached. Check your connection and try again: your changes are still here.',
  },
  save: {
    saved: 'Changes saved.',
    fixErrors: 'Some information needs fixing: see the messages under the fields. Nothing was changed.',
    forbidden: 'You can only edit your own cinema sheet.',
    signedOut: 'Your session has expired: sign in again to save.',
    notTalent: 'Only a talent account can edit its cinema sheet here.',
    noProfile: 'This account has no cinema sheet.',
    malformed: 'Unreadable form: reload the page and try again.',
    galleryFull: '8 photos at most in the gallery: remove some before adding more.',
    unknown: 'Something went wrong: nothing was changed. Try again in a moment.',
  },
}

export const cinemaSpaceMessages = { fr: cinemaSpaceFr, en: cinemaSpaceEn }
