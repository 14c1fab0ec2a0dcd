import { randomUUID } from 'node:crypto'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import { checkUpload, uploadErrorMessage, type UploadKind } from '@/uploads/uploadRules'

/**
 * Before a file is stored: checks its size and its real type from its bytes, and gives it
 * a unique name (a UUID) so names never collide and never reveal the original file name.
 */
export function checkUploadedFile<TSlug extends CollectionSlug>(kind: UploadKind): CollectionBeforeOperationHook<TSlug> {
  return async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const result = await checkUpload(kind, file.data)
    if (!result.ok) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [{ path: 'file', message: uploadErrorMessage(kind, result.reason, req.i18n?.language) }],
        },
        req.t,
      )
    }
    file.mimetype = result.mimeType
    file.name = `${randomUUID()}.${result.extension}`
    return args
  }
}
