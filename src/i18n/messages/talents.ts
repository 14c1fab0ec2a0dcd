import type { PluralForms } from '../index'
import type { Locale } from '../locales'

/**
 * Texts of the public talent pages (directory /talents, profile /talents/[code]) and of the
 * QR code endpoints. French is the reference; `en` must have the same keys.
 * Placeholders such as `{code}` are filled with `format()` from `@/i18n`.
 */
const fr = {
  profile: {
    metaTitle: '{name} · {code}',
    metaDescription: '{name} — {categories}. Profil public {code} sur Taalentio, la plateforme des talents d’Afrique.',
    metaDescriptionWithCity: '{name} — {categories}, {city}. Profil public {code} sur Taalentio, la plateforme des talents d’Afrique.',
    backToDirectory: 'Tous les talents',
    breadcrumb: 'Fil d’Ariane',
    codeLabel: 'Code Taalentio',
    photoAlt: 'Photo de {name}',
    categories: 'Catégories',
    keyFacts: 'En bref',
    age: 'Âge',
    years: { one: '{count} an', other: '{count} ans' } satisfies PluralForms,
    nationality: 'Nationalité',
    location: 'Lieu de résidence',
    experienceYears: 'Expérience',
    experienceYearsValue: { one: '{count} an', other: '{count} ans' } satisfies PluralForms,
    languages: 'Langues',
    skills: 'Compétences',
    experience: 'Parcours',
    hiddenFromPublic: 'Masqué au public',
    privateBanner: {
      owner: 'Profil privé — visible par vous seul',
      staff: 'Profil privé — visible par le talent et l’équipe Taalentio',
      text: 'Les visiteurs ne peuvent pas voir cette page, et le QR code ne mène nulle part pour eux tant que le profil reste privé.',
      ownerAction: 'Rendre mon profil public',
    },
    ownerNote: {
      title: 'Vous voyez votre profil tel que les visiteurs le voient',
      text: 'Les parties marquées « Masqué au public » ne s’affichent que pour vous et l’équipe Taalentio.',
      action: 'Modifier mon profil',
    },
    qr: {
      title: 'QR code du profil',
      text: 'Scannez-le pour ouvrir ce profil. Imprimez-le sur un CV, une affiche ou un badge.',
      alt: 'QR code menant au profil {code}',
      download: 'Télécharger',
      downloadPng: 'Télécharger en PNG (image)',
      downloadSvg: 'Télécharger en SVG (vectoriel, pour l’impression)',
    },
    contact: {
      title: 'Contact via Taalentio',
      text: 'Les coordonnées des talents ne sont jamais publiées. Productions, agences et directeurs de casting : passez par l’équipe Taalentio en indiquant le code {code}.',
    },
  },
  directory: {
    metaTitle: 'Talents',
    metaDescription:
      'Parcourez les profils publics des talents d’Afrique : comédiens, techniciens, mannequins, musiciens, danseurs. Filtrez par catégorie, pays, ville, langue et compétence.',
    eyebrow: 'Annuaire des talents',
    title: 'Trouver un talent',
    intro: 'Parcourez les profils publics et affinez par catégorie, lieu, langue ou compétence.',
    search: {
      label: 'Rechercher',
      placeholder: 'Nom, code, métier, compétence, ville…',
      submit: 'Rechercher',
    },
    filters: {
      title: 'Filtres',
      toggle: 'Filtres',
      activeCount: { one: '{count} actif', other: '{count} actifs' } satisfies PluralForms,
      category: 'Catégorie',
      allCategories: 'Toutes les catégories',
      country: 'Pays',
      allCountries: 'Tous les pays',
      africa: 'Afrique',
      restOfWorld: 'Reste du monde',
      city: 'Ville',
      allCities: 'Toutes les villes',
      chooseCountryFirst: 'Choisissez d’abord un pays',
      loadingCities: 'Chargement des villes…',
      language: 'Langue',
      allLanguages: 'Toutes les langues',
      africanLanguages: 'Langues africaines',
      otherLanguages: 'Autres langues',
      skill: 'Compétence',
      allSkills: 'Toutes les compétences',
      gender: 'Genre',
      allGenders: 'Tous les genres',
      apply: 'Appliquer les filtres',
      reset: 'Tout effacer',
      active: 'Filtres actifs',
      remove: 'Retirer le filtre « {label} »',
      searchChip: '« {q} »',
    },
    results: {
      none: 'Aucun talent',
      count: { one: '{count} talent', other: '{count} talents' } satisfies PluralForms,
      pageOf: 'page {page} sur {total}',
      emptyTitle: 'Aucun talent ne correspond à votre recherche',
      emptyText: 'Essayez un autre mot, retirez un filtre ou parcourez tous les profils publics.',
      emptyAction: 'Voir tous les talents',
      pageOutOfRange: 'Cette page n’existe pas pour cette recherche.',
      firstPage: 'Revenir à la première page',
    },
    card: {
      viewProfile: 'Voir le profil de {name}',
    },
    pagination: {
      label: 'Pages de résultats',
      previous: 'Précédente',
      next: 'Suivante',
      page: 'Page {page}',
    },
  },
  api: {
    malformedCode: 'Code de talent invalide : « {code} ». Format attendu PPGNNNNVVV, par exemple CIF0001ABJ.',
    notFound: 'Aucun profil public ne porte le code {code}.',
    badSize: 'Taille invalide : un nombre entier de {min} à {max} pixels est attendu.',
  },
}

export type TalentMessages = typeof fr

const en: TalentMessages = {
  profile: {
    metaTitle: '{name} · {code}',
    metaDescription: '{name} — {categories}. Public profile {code} on Taalentio, the platform for Africa’s talent.',
    metaDescriptionWithCity: '{name} — {categories}, {city}. Public profile {code} on Taalentio, the platform for Africa’s talent.',
    backToDirectory: 'All talents',
    breadcrumb: 'Breadcrumb',
    codeLabel: 'Taalentio code',
    photoAlt: 'Photo of {name}',
    categories: 'Categories',
    keyFacts: 'At a glance',
    age: 'Age',
    years: { one: '{count} year old', other: '{count} years old' },
    nationality: 'Nationality',
    location: 'Based in',
    experienceYears: 'Experience',
    experienceYearsValue: { one: '{count} year', other: '{count} years' },
    languages: 'Languages',
    skills: 'Skills',
    experience: 'Background',
    hiddenFromPublic: 'Hidden from the public',
    privateBanner: {
      owner: 'Private profile — visible to you only',
      staff: 'Private profile — visible to the talent and the Taalentio team',
      text: 'Visitors cannot see this page, and the QR code leads them nowhere while the profile stays private.',
      ownerAction: 'Make my profile public',
    },
    ownerNote: {
      title: 'You are seeing your profile as visitors see it',
      text: 'Parts marked “Hidden from the public” show only to you and the Taalentio team.',
      action: 'Edit my profile',
    },
    qr: {
      title: 'Profile QR code',
      text: 'Scan it to open this profile. Print it on a CV, a poster or a badge.',
      alt: 'QR code leading to profile {code}',
      download: 'Download',
      downloadPng: 'Download as PNG (image)',
      downloadSvg: 'Download as SVG (vector, for print)',
    },
    contact: {
      title: 'Contact through Taalentio',
      text: 'Talents’ contact details are never published. Productions, agencies and casting directors: go through the Taalentio team and quote the code {code}.',
    },
  },
  directory: {
    metaTitle: 'Talents',
    metaDescription:
      'Browse the public profiles of Africa’s talent: actors, crew, models, musicians, dancers. Filter by category, country, city, language and skill.',
    eyebrow: 'Talent directory',
    title: 'Find a talent',
    intro: 'Browse public profiles and narrow them down by category, place, language or skill.',
    search: {
      label: 'Search',
      placeholder: 'Name, code, trade, skill, city…',
      submit: 'Search',
    },
    filters: {
      title: 'Filters',
      toggle: 'Filters',
      activeCount: { one: '{count} active', other: '{count} active' },
      category: 'Category',
      allCategories: 'All categories',
      country: 'Country',
      allCountries: 'All countries',
      africa: 'Africa',
      restOfWorld: 'Rest of the world',
      city: 'City',
      allCities: 'All cities',
      chooseCountryFirst: 'Choose a country first',
      loadingCities: 'Loading cities…',
      language: 'Language',
      allLanguages: 'All languages',
      africanLanguages: 'African languages',
      otherLanguages: 'Other languages',
      skill: 'Skill',
      allSkills: 'All skills',
      gender: 'Gender',
      allGenders: 'All genders',
      apply: 'Apply filters',
      reset: 'Clear all',
      active: 'Active filters',
      remove: 'Remove the “{label}” filter',
      searchChip: '“{q}”',
    },
    results: {
      none: 'No talent',
      count: { one: '{count} talent', other: '{count} talents' },
      pageOf: 'page {page} of {total}',
      emptyTitle: 'No talent matches your search',
      emptyText: 'Try another word, remove a filter or browse every public profile.',
      emptyAction: 'See all talents',
      pageOutOfRange: 'This page does not exist for this search.',
      firstPage: 'Back to the first page',
    },
    card: {
      viewProfile: 'View {name}’s profile',
    },
    pagination: {
      label: 'Result pages',
      previous: 'Previous',
      next: 'Next',
      page: 'Page {page}',
    },
  },
  api: {
    malformedCode: 'Invalid talent code: “{code}”. Expected format PPGNNNNVVV, for example CIF0001ABJ.',
    notFound: 'No public profile has the code {code}.',
    badSize: 'Invalid size: a whole number from {min} to {max} pixels is expected.',
  },
}

export const talentMessages: Record<Locale, TalentMessages> = { fr, en }

export function getTalentMessages(locale: Locale): TalentMessages {
  return talentMessages[locale]
}
