/**
 * French texts of the public site — the reference dictionary: `en.ts` must have
 * exactly the same keys (its type is `Messages`, derived from this object).
 * Placeholders such as `{year}` are filled with `format()` from `../format`.
 */
export const fr = {
  meta: {
    siteName: 'Taalentio',
    defaultTitle: 'Taalentio · Les talents d’Afrique, casting et cinéma',
    description:
      'Taalentio centralise et met en valeur les profils de talents à travers l’Afrique : comédiens, techniciens, mannequins, musiciens, danseurs. Casting, module CINEMA et gestion de présence sur les tournages.',
  },
  common: {
    skipToContent: 'Aller au contenu principal',
    logoAlt: 'Taalentio, accueil',
    language: {
      label: 'Langue',
      fr: 'Français',
      en: 'English',
    },
  },
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    talents: 'Talents',
    cinema: 'Cinéma',
    register: 'S’inscrire',
    login: 'Se connecter',
    mySpace: 'Mon espace',
    presence: 'Présence',
    seo: 'SEO',
    administration: 'Administration',
    contracts: 'Contrats',
    logout: 'Se déconnecter',
    loggingOut: 'Déconnexion…',
    openMenu: 'Ouvrir le menu',
    closeMenu: 'Fermer le menu',
    menu: 'Menu',
  },
  home: {
    hero: {
      eyebrow: 'Talents d’Afrique · Casting · Cinéma',
      title: 'Les talents d’Afrique, réunis sur une seule plateforme.',
      lead: 'Comédiens, techniciens, mannequins, musiciens, danseurs : Taalentio rassemble les profils des talents de tout le continent et les met en relation avec les productions, les agences et les directeurs de casting.',
      primaryCta: 'Créer mon profil',
      secondaryCta: 'Inscription CINEMA',
    },
    stats: {
      label: 'Taalentio en chiffres',
      talents: { one: 'talent inscrit', other: 'talents inscrits' },
      countries: { one: 'pays couvert', other: 'pays couverts' },
      cities: { one: 'ville référencée', other: 'villes référencées' },
    },
    code: {
      title: 'Un code unique pour chaque talent',
      intro: 'Dès l’inscription, chaque profil reçoit un identifiant définitif et son QR code.',
      example: 'CIF0001ABJ',
      country: 'Pays de résidence',
      countryExample: 'Côte d’Ivoire',
      gender: 'Genre',
      genderExample: 'Femme',
      sequence: 'Numéro d’ordre',
      sequenceExample: 'Première inscrite',
      city: 'Ville',
      cityExample: 'Abidjan',
      footnote: 'Connectez-vous avec votre e-mail ou ce code, partagez votre profil d’un simple scan.',
    },
    search: {
      title: 'Trouver un talent',
      intro: 'Recherchez par nom, code ou compétence, puis affinez par catégorie.',
      queryLabel: 'Nom, code ou compétence',
      queryPlaceholder: 'ex. comédienne, Dakar, CIF0001ABJ',
      categoryLabel: 'Catégorie',
      allCategories: 'Toutes les catégories',
      submit: 'Rechercher',
    },
    steps: {
      eyebrow: 'Simple et rapide',
      title: 'Comment ça marche',
      items: {
        profile: {
          title: 'Créez votre profil',
          text: 'Identité, ville, catégories, langues, compétences, photo et CV : un formulaire guidé, étape par étape, en quelques minutes.',
        },
        code: {
          title: 'Recevez votre code unique',
          text: 'Un identifiant à 10 caractères et son QR code vous sont attribués. Un lien sécurisé, envoyé par e-mail, vous permet de choisir votre mot de passe.',
        },
        discovered: {
          title: 'Soyez repéré·e',
          text: 'Vous décidez de ce qui est public. Productions et directeurs de casting consultent votre profil et vous proposent leurs projets.',
        },
      },
    },
    audiences: {
      eyebrow: 'Pour qui ?',
      title: 'Une plateforme pour tous ceux qui font l’image et la scène',
      items: {
        talents: {
          title: 'Les talents',
          text: 'Comédiens, figurants, mannequins, musiciens, danseurs, techniciens : un profil professionnel, une analyse de CV par intelligence artificielle et des contrats signés en ligne.',
          cta: 'Créer mon profil',
        },
        productions: {
          title: 'Productions et directeurs de casting',
          text: 'Filtrez par catégorie, pays, ville, âge, taille, langues et compétences, exportez vos sélections et constituez l’équipe de chaque projet.',
          cta: 'Parcourir les talents',
        },
        crews: {
          title: 'Équipes de tournage',
          text: 'Badges imprimables avec QR code, pointage des arrivées et des départs sur le plateau, historique de présence et export Excel.',
          cta: 'Découvrir CINEMA',
        },
      },
    },
    cinema: {
      eyebrow: 'Taalentio CINEMA',
      title: 'Le module dédié à l’industrie du film',
      text: 'Une fiche casting complète en neuf sections — identité, caractéristiques physiques, langues et accents, compétences, filmographie, disponibilités, médias — pensée pour les plateaux africains.',
      features: {
        sheet: 'Fiche casting en 9 sections, visible selon vos choix',
        search: 'Recherche avancée et exports pour les directeurs de casting',
        projects: 'Projets, rôles et badges imprimables',
        presence: 'Pointage de présence par QR code sur le plateau',
      },
      cta: 'Créer ma fiche cinéma',
      slate: {
        production: 'Production',
        scene: 'Scène',
        take: 'Prise',
        code: 'Code CINEMA',
      },
    },
    finalCta: {
      title: 'Votre talent mérite d’être vu.',
      text: 'L’inscription ne prend que quelques minutes et vous gardez la main sur ce qui est public.',
      primary: 'Créer mon profil',
      secondary: 'Parcourir les talents',
    },
  },
  footer: {
    tagline:
      'Taalentio centralise et met en valeur les profils de talents à travers l’Afrique, avec un module CINEMA pour l’industrie du film.',
    platform: 'Plateforme',
    account: 'Compte',
    talents: 'Talents',
    register: 'Créer mon profil',
    cinema: 'Inscription CINEMA',
    login: 'Se connecter',
    mySpace: 'Mon espace',
    copyright: '© {year} Taalentio. Tous droits réservés.',
    madeIn: 'Conçu pour les talents d’Afrique.',
    legal: 'Informations légales',
  },
  login: {
    title: 'Connexion',
    intro: 'Accédez à votre espace Taalentio.',
    identifierLabel: 'E-mail ou code unique',
    identifierHint: 'Votre code figure dans l’e-mail de confirmation, par exemple CIF0001ABJ.',
    passwordLabel: 'Mot de passe',
    showPassword: 'Afficher le mot de passe',
    hidePassword: 'Masquer le mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    success: 'Connexion réussie, redirection…',
    forgotPassword: 'Mot de passe oublié ?',
    noAccount: 'Pas encore de profil ?',
    register: 'Créer mon profil',
    asideTitle: 'Un seul compte pour tout Taalentio',
    asideItems: {
      profile: 'Mettez à jour votre profil, votre photo et votre CV',
      analysis: 'Consultez l’analyse de votre CV',
      contracts: 'Signez vos contrats en ligne',
    },
    errors: {
      required: 'Saisissez votre e-mail ou votre code unique, puis votre mot de passe.',
      invalid: 'E-mail, code ou mot de passe incorrect.',
      locked: 'Trop de tentatives, réessayez dans quelques minutes.',
      unverified:
        'Votre adresse e-mail n’est pas encore vérifiée. Utilisez le lien reçu par e-mail.',
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
      unknown: 'Une erreur est survenue. Réessayez dans un instant.',
    },
  },
  notFound: {
    title: 'Page introuvable',
    code: 'Erreur 404',
    text: 'La page que vous cherchez n’existe pas ou a été déplacée. Voici quelques pistes pour continuer.',
    home: 'Retour à l’accueil',
    talents: 'Parcourir les talents',
    register: 'Créer mon profil',
  },
}

/** The shape every dictionary must have. */
export type Messages = typeof fr
