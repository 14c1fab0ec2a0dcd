import type { TextBlock } from './lexicalText'

/**
 * The content pages a new installation starts with (seeded once by the settings_seo_pages
 * migration; edit them in admin › Site public et SEO › Pages de contenu). The two legal pages
 * are templates: they are created unpublished, with [bracketed] details for the operator to
 * fill in and have checked by a lawyer before publishing.
 */
export type DefaultPage = { slug: string; title: string; metaTitle: string; published: boolean; description: string; blocks: TextBlock[] }

const REVIEW_NOTICE: TextBlock = {
  p: 'MODÈLE À COMPLÉTER ET À FAIRE VALIDER : remplacez chaque mention entre crochets par les informations de l’exploitant, faites relire ce texte par un juriste au regard du droit applicable dans votre pays, supprimez ce paragraphe, puis cochez « Publiée ».',
}

export const DEFAULT_PAGES: DefaultPage[] = [
  {
    slug: 'a-propos',
    title: 'À propos de Taalentio',
    metaTitle: 'À propos de Taalentio, la plateforme des talents d’Afrique',
    published: true,
    description: 'Taalentio réunit les talents d’Afrique — comédiens, techniciens, mannequins, musiciens — et les professionnels qui les recrutent.',
    blocks: [
      { p: 'Taalentio est une plateforme qui centralise et met en valeur les profils de talents à travers l’Afrique : comédiens, figurants, techniciens du cinéma, mannequins, musiciens, danseurs et bien d’autres métiers de la création.' },
      { h2: 'Pour les talents' },
      { p: 'Chaque talent crée gratuitement son profil, choisit ce qui est rendu public et reçoit un code unique, avec un QR code, qui permet de le retrouver en un instant. Photo, CV, compétences et expériences : le profil se met à jour à tout moment depuis « Mon espace ».' },
      { h2: 'Pour les recruteurs et les productions' },
      { p: 'Les directeurs de casting, agences et sociétés de production recherchent les profils par pays, ville, catégorie, langue ou compétence. Le module CINÉMA accompagne les tournages : fiches détaillées des talents, projets, affectations, badges et suivi de la présence sur le plateau.' },
      { h2: 'Nos engagements' },
      {
        ul: [
          'Le talent décide de ce qui est visible : ses coordonnées ne sont jamais publiées.',
          'Les données sensibles sont chiffrées et l’accès à l’administration est journalisé.',
          'Le site est disponible en français et en anglais, sur ordinateur comme sur téléphone.',
        ],
      },
      { p: 'Une question, une suggestion ? Écrivez-nous à l’adresse indiquée dans les mentions légales.' },
    ],
  },
  {
    slug: 'mentions-legales',
    title: 'Mentions légales',
    metaTitle: 'Mentions légales · Taalentio',
    published: false,
    description: 'Éditeur, hébergeur et conditions d’utilisation du site Taalentio.',
    blocks: [
      REVIEW_NOTICE,
      { h2: 'Éditeur du site' },
      { p: 'Le site Taalentio est édité par [raison sociale], [forme juridique] au capital de [montant], immatriculée au registre du commerce de [ville] sous le numéro [numéro RCCM / RCS], dont le siège est situé [adresse complète].' },
      { p: 'Téléphone : [numéro] — Adresse électronique : [adresse de contact].' },
      { p: 'Directeur ou directrice de la publication : [nom et qualité].' },
      { h2: 'Hébergement' },
      { p: 'Le site est hébergé par [nom de l’hébergeur], [adresse de l’hébergeur], [téléphone de l’hébergeur].' },
      { h2: 'Propriété intellectuelle' },
      { p: 'La marque Taalentio, le logo, la structure et les textes du site sont la propriété de l’éditeur. Les photos, CV et contenus des profils restent la propriété des talents qui les déposent ; ils ne peuvent être réutilisés sans leur accord, hors de la mise en relation proposée par la plateforme.' },
      { h2: 'Responsabilité' },
      { p: 'Les informations des profils sont saisies par les talents eux-mêmes, qui en garantissent l’exactitude. L’éditeur retire tout contenu manifestement illicite qui lui est signalé à l’adresse de contact ci-dessus.' },
      { h2: 'Données personnelles' },
      { p: 'Le traitement des données personnelles est décrit dans la politique de confidentialité, accessible à l’adresse /confidentialite.' },
    ],
  },
  {
    slug: 'confidentialite',
    title: 'Politique de confidentialité',
    metaTitle: 'Politique de confidentialité · Taalentio',
    published: false,
    description: 'Quelles données Taalentio collecte, pourquoi, combien de temps elles sont conservées et comment exercer vos droits.',
    blocks: [
      REVIEW_NOTICE,
      { p: 'Cette politique explique quelles données personnelles [raison sociale] (« nous ») traite sur Taalentio, dans quel but, et comment vous pouvez exercer vos droits.' },
      { h2: 'Données collectées' },
      {
        ul: [
          'Compte : adresse électronique, mot de passe (conservé sous forme d’empreinte, jamais en clair), langue choisie.',
          'Profil de talent : nom, date de naissance, genre, pays et ville, catégories, compétences, langues, expériences, photo et CV.',
          'Coordonnées : téléphone et adresse, chiffrés dans notre base de données et jamais publiés.',
          'Journaux techniques : adresse IP et navigateur lors des connexions et des actions sensibles, pour la sécurité du service.',
        ],
      },
      { h2: 'Finalités et bases légales' },
      {
        ul: [
          'Créer et gérer votre compte et votre profil (exécution du service que vous demandez).',
          'Publier les parties de votre profil que vous avez choisi de rendre publiques (votre consentement, retirable à tout moment).',
          'Permettre aux recruteurs et productions autorisés de vous trouver et de vous contacter (votre consentement).',
          'Sécuriser la plateforme et prévenir les abus (notre intérêt légitime).',
        ],
      },
      { h2: 'Destinataires' },
      { p: 'Vos données sont accessibles à l’équipe de Taalentio selon son rôle. Les parties publiques de votre profil sont visibles de tous. Nous recourons à des sous-traitants techniques (hébergement, envoi des e-mails, analyse des CV) tenus à la confidentialité : [liste des sous-traitants et pays de traitement].' },
      { h2: 'Durées de conservation' },
      { p: 'Votre profil est conservé tant que votre compte existe. Vous pouvez supprimer votre compte à tout moment depuis « Mon espace » : le profil, la photo et le CV sont alors supprimés. Les journaux de sécurité sont conservés [durée] puis effacés.' },
      { h2: 'Vos droits' },
      { p: 'Vous pouvez accéder à vos données, les rectifier, les effacer, en demander la portabilité, vous opposer à leur traitement ou retirer votre consentement. La plupart de ces actions se font directement depuis « Mon espace ». Pour toute autre demande : [adresse de contact ou du délégué à la protection des données]. Vous pouvez aussi saisir l’autorité de protection des données de votre pays : [nom de l’autorité compétente].' },
      { h2: 'Cookies' },
      { p: 'Le site utilise un cookie de session, nécessaire à la connexion, et un cookie mémorisant la langue choisie. [Si des outils de mesure d’audience sont ajoutés : les décrire ici et recueillir le consentement lorsque la loi l’exige.]' },
    ],
  },
]
