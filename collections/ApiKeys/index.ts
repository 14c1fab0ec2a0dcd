import { APIError, type CollectionConfig, type FieldAccess } from 'payload'

import { isAdmin } from '@/access'
import { generateApiKey } from '@/api/apiKeyCrypto'
import { logSecurity } from '@/logs'

export const API_KEY_SCOPES = ['read', 'read-write'] as const
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number]

const nobody: FieldAccess = () => false

/**
 * Keys for integrations calling /api/v1 (README "REST API v1"). A key acts as the admin who
 * created it — with that admin's current roles, so every access function still decides —
 * and a `read` key may only GET. The key itself is returned once, by the create call;
 * only its SHA-256 is stored.
 */
export const ApiKeys: CollectionConfig<'api-keys'> = {
  slug: 'api-keys',
  labels: {
    singular: { fr: 'Clé d’API', en: 'API key' },
    plural: { fr: 'Clés d’API', en: 'API keys' },
  },
  admin: {
    group: { fr: 'Administration', en: 'Administration' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'scope', 'prefix', 'lastUsedAt', 'revokedAt', 'createdBy'],
    description: {
      fr: 'Accès à l’API REST v1. Créez les clés sur la page /api-docs (ou par POST /api/v1/api-keys) : la clé n’y est affichée qu’une fois, seule son empreinte est conservée. Révoquez une clé sur /api-docs ou en renseignant « Révoquée le ».',
      en: 'Access to the REST API v1. Create keys on the /api-docs page (or with POST /api/v1/api-keys): the key is shown there once, only its fingerprint is kept. Revoke a key on /api-docs or by setting “Revoked at”.',
    },
  },
  access: { create: isAdmin, read: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    afterDelete: [
      async ({ doc, req }) => {
        if (doc.revokedAt) return
        await logSecurity(
          req,
          { action: 'api_key.revoked', severity: 'warning', target: { collection: 'api-keys', id: doc.id, label: doc.name }, metadata: { name: doc.name, scope: doc.scope, prefix: doc.prefix, deleted: true } },
          { survivesRollback: false },
        )
      },
    ],
    beforeChange: [
      ({ data, operation, originalDoc, req, context }) => {
        // What identifies and proves the key is never written by a caller, only here.
        if (operation !== 'create') {
          return { ...data, prefix: originalDoc?.prefix, keyHash: originalDoc?.keyHash, createdBy: originalDoc?.createdBy }
        }
        const createdBy = data.createdBy ?? req.user?.id
        if (!createdBy) throw new APIError('createdBy', 400, undefined, true)
        const { key, prefix, hash } = generateApiKey()
        context.apiKeyPlaintext = key
        return { ...data, prefix, keyHash: hash, createdBy, lastUsedAt: null, revokedAt: null }
      },
    ],
    afterChange: [
      // Security log: creation and revocation (name, scope, prefix; never the key). Joins the
      // transaction: a key that is not saved was not created.
      async ({ doc, previousDoc, operation, req }) => {
        const revoked = operation === 'update' && Boolean(doc.revokedAt) && !previousDoc?.revokedAt
        if (operation !== 'create' && !revoked) return doc
        await logSecurity(
          req,
          {
            action: revoked ? 'api_key.revoked' : 'api_key.created',
            severity: 'warning',
            target: { collection: 'api-keys', id: doc.id, label: doc.name },
            metadata: { name: doc.name, scope: doc.scope, prefix: doc.prefix },
          },
          { survivesRollback: false },
        )
        return doc
      },
      // The only moment the key exists outside the caller's hands: returned with the created document.
      ({ doc, operation, context }) =>
        operation === 'create' && typeof context.apiKeyPlaintext === 'string' ? { ...doc, key: context.apiKeyPlaintext } : doc,
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'read',
      label: { fr: 'Portée', en: 'Scope' },
      options: [
        { value: 'read', label: { fr: 'Lecture seule', en: 'Read only' } },
        { value: 'read-write', label: { fr: 'Lecture et écriture', en: 'Read and write' } },
      ],
    },
    {
      name: 'prefix',
      type: 'text',
      unique: true,
      index: true,
      label: { fr: 'Préfixe', en: 'Prefix' },
      admin: { readOnly: true },
    },
    { name: 'keyHash', type: 'text', access: { read: nobody }, admin: { hidden: true } },
    { name: 'lastUsedAt', type: 'date', label: { fr: 'Dernière utilisation', en: 'Last used' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'revokedAt', type: 'date', label: { fr: 'Révoquée le', en: 'Revoked at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { fr: 'Créée par', en: 'Created by' },
      admin: { readOnly: true },
    },
  ],
  timestamps: true,
}
