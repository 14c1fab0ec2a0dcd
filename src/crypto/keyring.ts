import { EncryptionError } from './errors'

export type EncryptionKey = { id: string; key: Buffer }

/** The key that encrypts new values, and every key still accepted for decryption (current included). */
export type Keyring = { current: EncryptionKey; keys: ReadonlyMap<string, Buffer> }

export const DEFAULT_KEY_ID = 'k1'

/** Key ids are written into every stored value, so they must not contain the `:` separator. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/

/**
 * The fallback key when NODE_ENV=test and ENCRYPTION_KEY is unset. It is public, so
 * it protects nothing: it only lets the test suite run without configuration.
 */
export const TEST_ENCRYPTION_KEY = '7461616c656e74696f2d746573742d6b65792d6e6f742d612d7365637265742e'

const KEY_BYTES = 32
const HEX_KEY = /^[0-9a-fA-F]{64}$/
// 32 bytes in base64 (standard or URL alphabet): 43 characters and one optional `=`.
const BASE64_KEY = /^[A-Za-z0-9+/_-]{43}=?$/

type EncryptionEnv = {
  ENCRYPTION_KEY?: string
  ENCRYPTION_KEY_ID?: string
  ENCRYPTION_PREVIOUS_KEYS?: string
  NODE_ENV?: string
}

/** Reads a 32-byte key written as 64 hexadecimal characters or as base64. */
export function parseKey(material: string, source: string): Buffer {
  const trimmed = material.trim()
  if (HEX_KEY.test(trimmed)) return Buffer.from(trimmed, 'hex')
  if (BASE64_KEY.test(trimmed)) {
    const key = Buffer.from(trimmed, 'base64')
    if (key.length === KEY_BYTES) return key
  }
  throw new EncryptionError(
    'INVALID_KEY',
    `${source} invalide : une clé AES-256 fait 32 octets, écrits en 64 caractères hexadécimaux ` +
      `ou en base64 (44 caractères) ; la valeur reçue fait ${trimmed.length} caractères. ` +
      `Générez-en une avec : node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
  )
}

function checkKeyId(id: string, source: string): string {
  if (!KEY_ID_PATTERN.test(id)) {
    throw new EncryptionError(
      'INVALID_KEY_ID',
      `${source} : identifiant de clé invalide « ${id} » (1 à 32 caractères parmi A-Z a-z 0-9 _ -).`,
    )
  }
  return id
}

/** `ENCRYPTION_PREVIOUS_KEYS=k0:<key>,k-old:<key>`: retired keys, still accepted for decryption. */
function parsePreviousKeys(list: string | undefined): EncryptionKey[] {
  if (!list?.trim()) return []
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const separator = entry.indexOf(':')
      if (separator < 1) {
        throw new EncryptionError(
          'INVALID_KEY',
          'ENCRYPTION_PREVIOUS_KEYS invalide : attendu une liste « id:clé » séparée par des virgules.',
        )
      }
      const id = checkKeyId(entry.slice(0, separator), 'ENCRYPTION_PREVIOUS_KEYS')
      return { id, key: parseKey(entry.slice(separator + 1), `ENCRYPTION_PREVIOUS_KEYS (${id})`) }
    })
}

export function buildKeyring(env: EncryptionEnv): Keyring {
  let material = env.ENCRYPTION_KEY?.trim()
  if (!material) {
    if (env.NODE_ENV !== 'test') {
      throw new EncryptionError(
        'MISSING_KEY',
        'ENCRYPTION_KEY manquante : les données sensibles ne peuvent être ni chiffrées ni lues. ' +
          'Définissez une clé de 32 octets (64 caractères hexadécimaux) dans l’environnement ' +
          '(`npm run dev` en génère une dans .env).',
      )
    }
    material = TEST_ENCRYPTION_KEY
  }
  const current = {
    id: checkKeyId(env.ENCRYPTION_KEY_ID?.trim() || DEFAULT_KEY_ID, 'ENCRYPTION_KEY_ID'),
    key: parseKey(material, 'ENCRYPTION_KEY'),
  }
  const keys = new Map([[current.id, current.key]])
  for (const previous of parsePreviousKeys(env.ENCRYPTION_PREVIOUS_KEYS)) {
    if (keys.has(previous.id)) {
      throw new EncryptionError(
        'INVALID_KEY_ID',
        `ENCRYPTION_PREVIOUS_KEYS : l’identifiant « ${previous.id} » est déjà utilisé ` +
          '(par la clé courante ou une autre clé précédente) ; chaque clé doit avoir le sien.',
      )
    }
    keys.set(previous.id, previous.key)
  }
  return { current, keys }
}

let cached: { signature: string; keyring: Keyring } | undefined

/**
 * The keyring described by the environment, read at first use (so a missing key
 * fails the first encryption or decryption, not the import) and rebuilt when the
 * variables change.
 */
export function loadKeyring(env: EncryptionEnv = process.env): Keyring {
  const signature = JSON.stringify([
    env.ENCRYPTION_KEY,
    env.ENCRYPTION_KEY_ID,
    env.ENCRYPTION_PREVIOUS_KEYS,
    env.NODE_ENV,
  ])
  if (cached?.signature !== signature) cached = { signature, keyring: buildKeyring(env) }
  return cached.keyring
}
