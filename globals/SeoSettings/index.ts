import type { GlobalConfig } from 'payload'

import { isAdminOrSeo } from '@/access'
import { SEO_ROUTES } from '@/seo/publicRoutes'
import { ADMIN_GROUPS } from '../../collections/adminGroups'
import { logSettingsUpdate } from '../shared/logSettingsUpdate'

const REGION_PATTERN = /^[A-Z]{2}$/
const TWITTER_HANDLE_PATTERN = /^@[A-Za-z0-9_]{1,15}$/

/**
 * What search engines and social networks see of the public site (SPEC §9): default
 * title and description, sharing image, Twitter card, robots directives, language and
 * region, and overrides for the built-in pages. Admins and SEO managers only.
 */
export const SeoSettings: GlobalConfig = {
  slug: 'seo-settings',
  label: { fr: 'Réglages SEO', en: 'SEO settings' },
  admin: { group: ADMIN_GROUPS.seo },
  access: { read: isAdminOrSeo, update: isAdminOrSeo },
  hooks: { afterChange: [logSettingsUpdate('Réglages SEO')] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { fr: 'Par défaut', en: 'Defaults' },
          fields: [
            {
              name: 'siteName',
              type: 'text',
              maxLength: 60,
              defaultValue: 'Taalentio',
              label: { fr: 'Nom du site', en: 'Site name' },
              admin: { description: { fr: 'Ajouté après le titre de chaque page : « Titre · Taalentio ».', en: 'Added after each page title: “Title · Taalentio”.' } },
            },
            {
              name: 'defaultTitle',
              type: 'text',
              maxLength: 70,
              label: { fr: 'Titre par défaut (meta title)', en: 'Default title (meta title)' },
              admin: { description: { fr: '70 caractères au plus. Vide : le titre prévu par le site.', en: '70 characters at most. Empty: the site’s built-in title.' } },
            },
            {
              name: 'defaultDescription',
              type: 'textarea',
              maxLength: 170,
              label: { fr: 'Description par défaut (meta description)', en: 'Default description (meta description)' },
              admin: { description: { fr: '150 à 160 caractères conseillés.', en: '150 to 160 characters recommended.' } },
            },
            {
              name: 'ogImage',
              type: 'upload',
              relationTo: 'seo-images',
              label: { fr: 'Image de partage (OpenGraph)', en: 'Sharing image (OpenGraph)' },
              admin: { description: { fr: 'PNG, JPG, GIF ou WEBP, idéalement 1200 × 630 pixels.', en: 'PNG, JPG, GIF or WEBP, ideally 1200 × 630 pixels.' } },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'twitterCard',
                  type: 'select',
                  defaultValue: 'summary_large_image',
                  required: true,
                  label: { fr: 'Carte Twitter / X', en: 'Twitter / X card' },
                  options: [
                    { value: 'summary_large_image', label: { fr: 'Grande image', en: 'Large image' } },
                    { value: 'summary', label: { fr: 'Résumé', en: 'Summary' } },
                  ],
                },
                {
                  name: 'twitterSite',
                  type: 'text',
                  maxLength: 16,
                  label: { fr: 'Compte Twitter / X du site', en: 'Site’s Twitter / X account' },
                  admin: { placeholder: '@taalentio' },
                  validate: (value: string | null | undefined) =>
                    !value || TWITTER_HANDLE_PATTERN.test(value) || 'Format attendu : @compte (15 caractères au plus) / Expected: @handle',
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'language',
                  type: 'select',
                  defaultValue: 'fr',
                  required: true,
                  label: { fr: 'Langue principale', en: 'Main language' },
                  admin: { description: { fr: 'Langue des textes SEO ci-dessus : les pages affichées dans l’autre langue gardent les textes traduits du site.', en: 'Language of the SEO texts above: pages shown in the other language keep the site’s translated texts.' } },
                  options: [
                    { value: 'fr', label: { fr: 'Français', en: 'French' } },
                    { value: 'en', label: { fr: 'Anglais', en: 'English' } },
                  ],
                },
                {
                  name: 'region',
                  type: 'text',
                  maxLength: 2,
                  label: { fr: 'Région (code pays ISO)', en: 'Region (ISO country code)' },
                  admin: { placeholder: 'CI', description: { fr: 'Ex. CI, SN, CM : donne og:locale fr_CI. Vide : fr_FR.', en: 'E.g. CI, SN, CM: gives og:locale fr_CI. Empty: fr_FR.' } },
                  validate: (value: string | null | undefined) =>
                    !value || REGION_PATTERN.test(value) || 'Deux lettres majuscules, ex. CI / Two capital letters, e.g. CI',
                },
              ],
            },
          ],
        },
        {
          label: { fr: 'Robots', en: 'Robots' },
          fields: [
            {
              name: 'allowIndexing',
              type: 'checkbox',
              defaultValue: true,
              label: { fr: 'Autoriser l’indexation du site par les moteurs de recherche', en: 'Let search engines index the site' },
              admin: { description: { fr: 'Décoché : robots.txt interdit tout et chaque page porte « noindex » (site de préproduction).', en: 'Unchecked: robots.txt disallows everything and every page carries “noindex” (staging site).' } },
            },
            {
              name: 'followLinks',
              type: 'checkbox',
              defaultValue: true,
              label: { fr: 'Autoriser les robots à suivre les liens (follow)', en: 'Let robots follow links (follow)' },
            },
            {
              name: 'disallowPaths',
              type: 'textarea',
              maxLength: 2000,
              label: { fr: 'Chemins interdits supplémentaires', en: 'Additional disallowed paths' },
              admin: {
                description: {
                  fr: 'Un chemin par ligne, commençant par /. L’administration, l’API, les espaces personnels et la présence sont toujours interdits.',
                  en: 'One path per line, starting with /. The admin panel, API, personal spaces and attendance are always disallowed.',
                },
              },
              validate: (value: string | null | undefined) => {
                const wrong = (value ?? '').split('\n').map((line) => line.trim()).filter((line) => line && !/^\/[^\s]*$/.test(line))
                return wrong.length === 0 || `Chemin invalide / Invalid path: ${wrong[0]}`
              },
            },
          ],
        },
        {
          label: { fr: 'Pages du site', en: 'Site pages' },
          description: { fr: 'Titre, description et image propres à une page intégrée ; les pages de contenu ont leur propre onglet SEO.', en: 'Title, description and image of a built-in page; content pages have their own SEO tab.' },
          fields: [
            {
              name: 'routes',
              type: 'array',
              label: { fr: 'Pages', en: 'Pages' },
              labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
              admin: { initCollapsed: true },
              validate: (rows: unknown) => {
                const paths = (Array.isArray(rows) ? rows : []).map((row) => (row as { path?: string })?.path).filter(Boolean)
                return new Set(paths).size === paths.length || 'Chaque page ne peut apparaître qu’une fois / Each page may appear once'
              },
              fields: [
                {
                  name: 'path',
                  type: 'select',
                  required: true,
                  label: { fr: 'Page', en: 'Page' },
                  options: SEO_ROUTES.map((route) => ({ value: route.path, label: { fr: `${route.label.fr} (${route.path})`, en: `${route.label.en} (${route.path})` } })),
                },
                { name: 'title', type: 'text', maxLength: 70, label: { fr: 'Titre', en: 'Title' } },
                { name: 'description', type: 'textarea', maxLength: 170, label: { fr: 'Description', en: 'Description' } },
                { name: 'image', type: 'upload', relationTo: 'seo-images', label: { fr: 'Image de partage', en: 'Sharing image' } },
                { name: 'noIndex', type: 'checkbox', defaultValue: false, label: { fr: 'Ne pas indexer cette page', en: 'Do not index this page' } },
              ],
            },
          ],
        },
      ],
    },
  ],
}
