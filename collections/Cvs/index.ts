import type { CollectionConfig, FieldAccess } from 'payload'

import { authenticated, isAdminField, isAdminOrOwner, isStaffOrOwner } from '@/access'
import { ANALYSIS_STATUSES } from '@/ai/analysisResult'
import { uploadDirectory } from '@/uploads/uploadDirectory'
import { checkUploadedFile } from '@hooks/checkUploadedFile'
import { setOwnerOnCreate } from '@hooks/setOwnerOnCreate'
import { ADMIN_GROUPS } from '../adminGroups'
import { markAnalysisPending } from './hooks/markAnalysisPending'
import { queueCvAnalysis } from './hooks/queueCvAnalysis'
import { logCvUpload } from '@/logs/hooks'

/** Only the analysis job (overrideAccess) and the hooks write the analysis; nobody types it in. */
const never: FieldAccess = () => false

/**
 * CVs (PDF/DOC/DOCX ≤ 10 MB, type read from the bytes). Private: only their owner and
 * staff can read them, through the API and through the file URL (Payload checks read
 * access before serving a file). Each new file is analysed in the background (SPEC §7).
 */
export const Cvs: CollectionConfig<'cvs'> = {
  slug: 'cvs',
  labels: { singular: { fr: 'CV', en: 'CV' }, plural: { fr: 'CV', en: 'CVs' } },
  admin: { group: ADMIN_GROUPS.talents, defaultColumns: ['filename', 'owner', 'filesize', 'createdAt'] },
  access: {
    read: isStaffOrOwner('owner'),
    create: authenticated,
    update: isAdminOrOwner('owner'),
    delete: isAdminOrOwner('owner'),
  },
  hooks: {
    beforeOperation: [checkUploadedFile('cv')],
    beforeChange: [setOwnerOnCreate, markAnalysisPending],
    afterChange: [queueCvAnalysis, logCvUpload],
  },
  upload: {
    staticDir: uploadDirectory('cvs'),
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  },
  fields: [
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fr: 'Propriétaire', en: 'Owner' },
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'analysisPanel',
      type: 'ui',
      label: { fr: 'Analyse du CV', en: 'CV analysis' },
      admin: { components: { Field: '/src/components/cvAnalysis/admin/CvAnalysisField' } },
    },
    {
      name: 'analysis',
      type: 'group',
      label: { fr: 'Analyse du CV', en: 'CV analysis' },
      access: { create: never, update: never },
      // Shown by the panel above; the raw values are not for editing.
      admin: { hidden: true },
      fields: [
        {
          name: 'status',
          type: 'select',
          index: true,
          label: { fr: 'État', en: 'Status' },
          options: ANALYSIS_STATUSES.map((value) => ({
            value,
            label: { pending: { fr: 'En attente', en: 'Pending' }, done: { fr: 'Terminée', en: 'Done' }, failed: { fr: 'Échec', en: 'Failed' } }[value],
          })),
        },
        { name: 'requestedAt', type: 'date', label: { fr: 'Demandée le', en: 'Requested on' } },
        { name: 'analysedAt', type: 'date', label: { fr: 'Analysé le', en: 'Analysed on' } },
        {
          name: 'source',
          type: 'select',
          label: { fr: 'Source', en: 'Source' },
          options: [
            { value: 'llm', label: { fr: 'IA (OpenRouter)', en: 'AI (OpenRouter)' } },
            { value: 'local', label: { fr: 'Analyse locale', en: 'Local analysis' } },
          ],
        },
        { name: 'model', type: 'text', label: { fr: 'Modèle', en: 'Model' } },
        { name: 'result', type: 'json', label: { fr: 'Résultat', en: 'Result' } },
        { name: 'errorCode', type: 'text', label: { fr: 'Code d’erreur', en: 'Error code' } },
        { name: 'error', type: 'textarea', label: { fr: 'Erreur', en: 'Error' } },
      ],
    },
  ],
}
