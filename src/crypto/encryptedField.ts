import type { FieldAccess, FieldHook, TextareaField, TextField, Validate } from 'payload'
import { text, textarea } from 'payload/shared'

import { decrypt, encrypt, isEncrypted, reencrypt } from './encryption'

type SingleTextField = Extract<TextField, { hasMany?: false | undefined }>

/**
 * Options that make no sense here: an index or a unique constraint on ciphertext
 * (random IV), a list of values, per-locale values, or the plaintext in the JWT.
 */
type UnsupportedOptions =
  | 'type'
  | 'access'
  | 'hasMany'
  | 'maxRows'
  | 'minRows'
  | 'unique'
  | 'index'
  | 'localized'
  | 'saveToJWT'
  | 'virtual'

/** Read access is required: the collection decides who may see the plaintext (owner and staff). */
type EncryptedFieldAccess = { read: FieldAccess; create?: FieldAccess; update?: FieldAccess }

export type EncryptedTextFieldConfig =
  | (Omit<SingleTextField, UnsupportedOptions> & { type?: 'text'; access: EncryptedFieldAccess })
  | (Omit<TextareaField, UnsupportedOptions> & { type: 'textarea'; access: EncryptedFieldAccess })

/** Encrypts the submitted plaintext; a value that is already encrypted is kept, moved to the current key if needed. */
export const encryptBeforeChange: FieldHook = ({ value }) => {
  if (typeof value !== 'string' || value === '') return value
  return isEncrypted(value) ? reencrypt(value) : encrypt(value)
}

/** Decrypts for every reader; field read access then removes the value for those not allowed to see it. */
export const decryptAfterRead: FieldHook = ({ value }) => (isEncrypted(value) ? decrypt(value) : value)

/** Validation runs after beforeChange: validate the plaintext, so minLength/maxLength mean characters typed. */
function onPlaintext<F extends object>(validate: Validate<string, unknown, unknown, F>): Validate<string, unknown, unknown, F> {
  return (value, options) => validate(isEncrypted(value) ? decrypt(value) : value, options)
}

/**
 * A text (or `type: 'textarea'`) field stored encrypted at rest (AES-256-GCM, see
 * ./encryption.ts) and decrypted when read through Payload.
 *
 * For the collection using it:
 * - `access.read` is required and decides who sees the plaintext (owner and staff).
 * - Payload `where` queries, sorting and list filters cannot work on it: the column
 *   holds a different ciphertext every time. Search by another field; list filters
 *   on it are disabled in the admin.
 * - The caller's hooks run on plaintext: its `beforeChange` hooks before encryption,
 *   its `afterRead` hooks after decryption. Its `validate` receives the plaintext.
 * - Reads bypassing Payload's hooks (raw SQL, `payload.db`) see ciphertext.
 */
export function encryptedTextField(config: EncryptedTextFieldConfig): SingleTextField | TextareaField {
  const hooks = {
    ...config.hooks,
    beforeChange: [...(config.hooks?.beforeChange ?? []), encryptBeforeChange],
    afterRead: [decryptAfterRead, ...(config.hooks?.afterRead ?? [])],
  }
  if (config.type === 'textarea') {
    return {
      ...config,
      type: 'textarea',
      admin: { ...config.admin, disableListFilter: true },
      hooks,
      validate: onPlaintext(config.validate ?? textarea),
    }
  }
  return {
    ...config,
    type: 'text',
    admin: { ...config.admin, disableListFilter: true },
    hooks,
    validate: onPlaintext(config.validate ?? text),
  }
}
