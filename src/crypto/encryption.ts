import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import { EncryptionError } from './errors'
import { loadKeyring, type Keyring } from './keyring'

/**
 * Authenticated encryption of short sensitive strings (phone numbers, addresses,
 * identity document numbers) with AES-256-GCM. A stored value reads
 * `enc:v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts): the key id lets keys
 * rotate, and the `enc:v1:<keyId>` header is authenticated too.
 */
const ALGORITHM = 'aes-256-gcm'
const FORMAT = 'enc:v1'
const IV_BYTES = 12
const TAG_BYTES = 16
const ENCRYPTED_VALUE = /^enc:v1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]*)$/

type EncryptedParts = { keyId: string; header: string; iv: Buffer; tag: Buffer; ciphertext: Buffer }

/** Whether a value has the shape of an encrypted value (it says nothing of its authenticity). */
export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && ENCRYPTED_VALUE.test(value)
}

/** The id of the key an encrypted value was written with. */
export function keyIdOf(value: string): string {
  return parse(value).keyId
}

export function encrypt(plaintext: string, keyring: Keyring = loadKeyring()): string {
  if (typeof plaintext !== 'string') throw new TypeError('encrypt() chiffre une chaîne de caractères.')
  const { id, key } = keyring.current
  const header = `${FORMAT}:${id}`
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(Buffer.from(header, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'))
  return [header, ...parts].join(':')
}

export function decrypt(value: string, keyring: Keyring = loadKeyring()): string {
  const { keyId, header, iv, tag, ciphertext } = parse(value)
  const key = keyring.keys.get(keyId)
  if (!key) {
    throw new EncryptionError(
      'UNKNOWN_KEY_ID',
      `Valeur chiffrée avec la clé « ${keyId} », qui n’est pas configurée : ajoutez-la à ` +
        `ENCRYPTION_PREVIOUS_KEYS (« ${keyId}:<clé> ») pour pouvoir la lire.`,
    )
  }
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES })
  decipher.setAAD(Buffer.from(header, 'utf8'))
  decipher.setAuthTag(tag)
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
  } catch {
    throw new EncryptionError(
      'DECRYPTION_FAILED',
      `Déchiffrement impossible avec la clé « ${keyId} » : la valeur a été modifiée ou la clé ne correspond pas.`,
    )
  }
}

/**
 * The value under the current key: values already under it are returned unchanged
 * (after checking they decrypt), so a rotation job can write only what changed.
 */
export function reencrypt(value: string, keyring: Keyring = loadKeyring()): string {
  const plaintext = decrypt(value, keyring)
  return keyIdOf(value) === keyring.current.id ? value : encrypt(plaintext, keyring)
}

function parse(value: string): EncryptedParts {
  const match = typeof value === 'string' ? ENCRYPTED_VALUE.exec(value) : null
  if (!match) {
    throw new EncryptionError(
      'MALFORMED_VALUE',
      'Valeur chiffrée illisible : attendu « enc:v1:<clé>:<iv>:<tag>:<données> ».',
    )
  }
  const [, keyId, iv, tag, ciphertext] = match
  return { keyId, header: `${FORMAT}:${keyId}`, iv: decode(iv), tag: decode(tag), ciphertext: decode(ciphertext) }
}

/**
 * Strict base64url: the decoder ignores the unused low bits of the last character,
 * so a part that does not re-encode identically has been altered.
 */
function decode(part: string): Buffer {
  const bytes = Buffer.from(part, 'base64url')
  if (bytes.toString('base64url') !== part) {
    throw new EncryptionError('MALFORMED_VALUE', 'Valeur chiffrée illisible : encodage base64url altéré.')
  }
  return bytes
}
