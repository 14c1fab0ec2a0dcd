import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FieldHook, TextField } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { encryptedTextField } from '@/crypto/encryptedField'
import { decrypt, encrypt, isEncrypted, keyIdOf, reencrypt } from '@/crypto/encryption'
import { EncryptionError } from '@/crypto/errors'
import { buildKeyring, loadKeyring, parseKey, TEST_ENCRYPTION_KEY } from '@/crypto/keyring'
import { ensureDevelopmentEnv } from '@/env/ensureDevelopmentEnv'

const KEY_A = randomBytes(32).toString('hex')
const KEY_B = randomBytes(32).toString('base64')
const ring = (env: Record<string, string>) => buildKeyring({ NODE_ENV: 'production', ...env })

const PHONE = '+225 07 08 09 10 11'

afterEach(() => {
  vi.unstubAllEnvs()
})

async function thrownBy(action: () => unknown): Promise<EncryptionError> {
  try {
    await action()
  } catch (error) {
    expect(error).toBeInstanceOf(EncryptionError)
    return error as EncryptionError
  }
  throw new Error('expected an EncryptionError')
}

/** Flips one character of a base64url part, keeping it canonical (first character: all 6 bits are used). */
function tamperPart(value: string, index: number): string {
  const parts = value.split(':')
  const part = parts[index]
  parts[index] = (part[0] === 'A' ? 'B' : 'A') + part.slice(1)
  return parts.join(':')
}

describe('encrypt / decrypt', () => {
  const keyring = ring({ ENCRYPTION_KEY: KEY_A })

  it('round-trips any text, including accents, emoji and the empty string', () => {
    for (const plaintext of [PHONE, '12 rue des Jardins, Cocody — Abidjan 🇨🇮', 'CI-AB-123456789', '']) {
      expect(decrypt(encrypt(plaintext, keyring), keyring)).toBe(plaintext)
    }
  })

  it('writes enc:v1:<keyId>:<iv>:<tag>:<ciphertext>, with no plaintext and a new IV every time', () => {
    const first = encrypt(PHONE, keyring)
    const second = encrypt(PHONE, keyring)
    expect(first).toMatch(/^enc:v1:k1:[\w-]{16}:[\w-]{22}:[\w-]+$/)
    expect(isEncrypted(first)).toBe(true)
    expect(keyIdOf(first)).toBe('k1')
    expect(first).not.toBe(second)
    expect(first.split(':')[3]).not.toBe(second.split(':')[3])
    for (const fragment of ['225', '0708', PHONE, Buffer.from(PHONE).toString('base64url').slice(0, 8)]) {
      expect(first).not.toContain(fragment)
    }
  })

  it('refuses a tampered IV, tag or ciphertext', async () => {
    const value = encrypt('CI-AB-123456789', keyring)
    for (const index of [3, 4, 5]) {
      const error = await thrownBy(() => decrypt(tamperPart(value, index), keyring))
      expect(error.code).toBe('DECRYPTION_FAILED')
      expect(error.message).toMatch(/modifiée/)
    }
  })

  it('authenticates the key id: a value relabelled with another configured key fails', async () => {
    const both = ring({ ENCRYPTION_KEY: KEY_A, ENCRYPTION_PREVIOUS_KEYS: `k0:${KEY_A}` })
    const relabelled = encrypt(PHONE, both).replace('enc:v1:k1:', 'enc:v1:k0:')
    expect((await thrownBy(() => decrypt(relabelled, both))).code).toBe('DECRYPTION_FAILED')
  })

  it('refuses a non-canonical encoding (unused bits of the last character changed)', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const parts = encrypt(PHONE, keyring).split(':')
    const tag = parts[4]
    // 16 bytes in 22 characters: the lowest bits of the last character are unused, so
    // flipping one still decodes to the same tag; only the strict decoding notices.
    parts[4] = tag.slice(0, -1) + alphabet[alphabet.indexOf(tag.at(-1) ?? 'A') ^ 1]
    expect(Buffer.from(parts[4], 'base64url').equals(Buffer.from(tag, 'base64url'))).toBe(true)
    expect((await thrownBy(() => decrypt(parts.join(':'), keyring))).code).toBe('MALFORMED_VALUE')
  })

  it('says clearly when a value is malformed or its key is unknown', async () => {
    expect((await thrownBy(() => decrypt('+225 07 08 09 10 11', keyring))).code).toBe('MALFORMED_VALUE')
    expect((await thrownBy(() => decrypt(encrypt(PHONE, keyring).slice(0, 30), keyring))).code).toBe('MALFORMED_VALUE')
    const other = ring({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_KEY_ID: 'k9' })
    const error = await thrownBy(() => decrypt(encrypt(PHONE, other), keyring))
    expect(error.code).toBe('UNKNOWN_KEY_ID')
    expect(error.message).toContain('« k9 »')
    expect(error.message).toContain('ENCRYPTION_PREVIOUS_KEYS')
  })

  it('fails to decrypt with the wrong key under the same id', async () => {
    const value = encrypt(PHONE, ring({ ENCRYPTION_KEY: KEY_A }))
    expect((await thrownBy(() => decrypt(value, ring({ ENCRYPTION_KEY: KEY_B })))).code).toBe('DECRYPTION_FAILED')
  })
})

describe('key rotation', () => {
  const before = ring({ ENCRYPTION_KEY: KEY_A, ENCRYPTION_KEY_ID: 'k1' })
  const after = ring({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_KEY_ID: 'k2', ENCRYPTION_PREVIOUS_KEYS: `k1:${KEY_A}` })
  const retired = ring({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_KEY_ID: 'k2' })

  it('still decrypts values written with the previous key, and writes new ones with the new key', () => {
    const old = encrypt(PHONE, before)
    expect(decrypt(old, after)).toBe(PHONE)
    expect(keyIdOf(encrypt(PHONE, after))).toBe('k2')
  })

  it('reencrypt moves a value to the current key, and leaves a current one unchanged', async () => {
    const old = encrypt(PHONE, before)
    const moved = reencrypt(old, after)
    expect(keyIdOf(moved)).toBe('k2')
    expect(decrypt(moved, retired)).toBe(PHONE)
    expect(reencrypt(moved, after)).toBe(moved)
    // Once the old key is dropped, only re-encrypted values remain readable.
    expect((await thrownBy(() => decrypt(old, retired))).code).toBe('UNKNOWN_KEY_ID')
  })

  it('reencrypt refuses a tampered value instead of re-encrypting garbage', async () => {
    const current = encrypt(PHONE, after)
    expect((await thrownBy(() => reencrypt(tamperPart(current, 5), after))).code).toBe('DECRYPTION_FAILED')
  })
})

describe('keys from the environment', () => {
  it('accepts 64 hex characters or base64 (standard or URL-safe, padded or not)', () => {
    const raw = randomBytes(32)
    for (const written of [raw.toString('hex'), raw.toString('base64'), raw.toString('base64url'), raw.toString('base64').replace('=', '')]) {
      expect(parseKey(written, 'ENCRYPTION_KEY').equals(raw)).toBe(true)
    }
  })

  it('refuses a key of the wrong length with a clear message that does not repeat the key', async () => {
    for (const bad of [randomBytes(16).toString('hex'), randomBytes(24).toString('base64'), 'not-a-key', `${KEY_A}00`]) {
      const error = await thrownBy(() => ring({ ENCRYPTION_KEY: bad }))
      expect(error.code).toBe('INVALID_KEY')
      expect(error.message).toMatch(/ENCRYPTION_KEY invalide : une clé AES-256 fait 32 octets/)
      expect(error.message).not.toContain(bad)
    }
    const previous = await thrownBy(() => ring({ ENCRYPTION_KEY: KEY_A, ENCRYPTION_PREVIOUS_KEYS: 'k0:abcd' }))
    expect(previous.message).toMatch(/ENCRYPTION_PREVIOUS_KEYS \(k0\) invalide/)
  })

  it('refuses bad or duplicate key ids and a malformed list of previous keys', async () => {
    expect((await thrownBy(() => ring({ ENCRYPTION_KEY: KEY_A, ENCRYPTION_KEY_ID: 'k:1' }))).code).toBe('INVALID_KEY_ID')
    expect((await thrownBy(() => ring({ ENCRYPTION_KEY: KEY_A, ENCRYPTION_PREVIOUS_KEYS: `k1:${KEY_B}` }))).code).toBe(
      'INVALID_KEY_ID',
    )
    expect((await thrownBy(() => ring({ ENCRYPTION_KEY: KEY_A, ENCRYPTION_PREVIOUS_KEYS: KEY_B }))).code).toBe('INVALID_KEY')
  })

  it('reads k1 by default and previous keys as a comma-separated list', () => {
    const keyring = ring({ ENCRYPTION_KEY: KEY_A, ENCRYPTION_PREVIOUS_KEYS: ` k0:${KEY_B} , old:${KEY_A} ,` })
    expect(keyring.current.id).toBe('k1')
    expect([...keyring.keys.keys()]).toEqual(['k1', 'k0', 'old'])
  })

  it('without ENCRYPTION_KEY: an error in production and development, a fixed key only in tests', async () => {
    for (const NODE_ENV of ['production', 'development', undefined]) {
      const error = await thrownBy(() => buildKeyring({ NODE_ENV }))
      expect(error.code).toBe('MISSING_KEY')
      expect(error.message).toMatch(/ENCRYPTION_KEY manquante/)
    }
    expect(buildKeyring({ NODE_ENV: 'test' }).current.key.equals(Buffer.from(TEST_ENCRYPTION_KEY, 'hex'))).toBe(true)
    expect(buildKeyring({ NODE_ENV: 'test', ENCRYPTION_KEY: KEY_A }).current.key.toString('hex')).toBe(KEY_A)
  })

  it('follows process.env at first use, and again when it changes', () => {
    vi.stubEnv('ENCRYPTION_KEY', KEY_A)
    vi.stubEnv('ENCRYPTION_KEY_ID', 'live1')
    const value = encrypt(PHONE)
    expect(keyIdOf(value)).toBe('live1')
    vi.stubEnv('ENCRYPTION_KEY', KEY_B)
    vi.stubEnv('ENCRYPTION_KEY_ID', 'live2')
    vi.stubEnv('ENCRYPTION_PREVIOUS_KEYS', `live1:${KEY_A}`)
    expect(loadKeyring().current.id).toBe('live2')
    expect(decrypt(value)).toBe(PHONE)
    expect(keyIdOf(reencrypt(value))).toBe('live2')
  })

  it('is generated into .env by the development start script', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'taalentio-env-'))
    const file = path.join(directory, '.env')
    try {
      vi.stubEnv('ENCRYPTION_KEY', '')
      expect(ensureDevelopmentEnv(file)).toContain('ENCRYPTION_KEY')
      const generated = /^ENCRYPTION_KEY=(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]
      expect(parseKey(generated ?? '', 'ENCRYPTION_KEY')).toHaveLength(32)
      expect(ensureDevelopmentEnv(file)).toEqual([])
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  })
})

describe('encryptedTextField', () => {
  const isOwnerOrStaff = () => true
  const field = encryptedTextField({ name: 'phone', maxLength: 20, access: { read: isOwnerOrStaff } }) as TextField
  const run = (hook: FieldHook | undefined, value: unknown) => hook?.({ value } as Parameters<FieldHook>[0])
  const beforeChange = (value: unknown) => run(field.hooks?.beforeChange?.at(-1), value)
  const afterRead = (value: unknown) => run(field.hooks?.afterRead?.[0], value)

  it('is a text field whose read access is the caller’s, without list filters', () => {
    expect(field.type).toBe('text')
    expect(field.access?.read).toBe(isOwnerOrStaff)
    expect(field.admin?.disableListFilter).toBe(true)
    expect(field.unique).toBeUndefined()
    expect(field.index).toBeUndefined()
  })

  it('encrypts before change and decrypts after read', async () => {
    const stored = await beforeChange(PHONE)
    expect(isEncrypted(stored)).toBe(true)
    expect(stored).not.toContain('0708')
    expect(await afterRead(stored)).toBe(PHONE)
  })

  it('leaves empty values and already encrypted values as they are', async () => {
    for (const empty of ['', null, undefined]) expect(await beforeChange(empty)).toBe(empty)
    const stored = encrypt(PHONE)
    expect(await beforeChange(stored)).toBe(stored)
    expect(await afterRead(null)).toBeNull()
  })

  it('moves a value still under a previous key to the current key on save', async () => {
    vi.stubEnv('ENCRYPTION_KEY', KEY_A)
    vi.stubEnv('ENCRYPTION_KEY_ID', 'k1')
    const old = encrypt(PHONE)
    vi.stubEnv('ENCRYPTION_KEY', KEY_B)
    vi.stubEnv('ENCRYPTION_KEY_ID', 'k2')
    vi.stubEnv('ENCRYPTION_PREVIOUS_KEYS', `k1:${KEY_A}`)
    const saved = (await beforeChange(old)) as string
    expect(keyIdOf(saved)).toBe('k2')
    expect(await afterRead(saved)).toBe(PHONE)
  })

  it('refuses to store a forged value that only looks encrypted', async () => {
    await expect(async () => beforeChange(tamperPart(encrypt(PHONE), 5))).rejects.toThrow(EncryptionError)
  })

  it('throws a clear error when reading a tampered value', async () => {
    await expect(async () => afterRead(tamperPart(encrypt(PHONE), 5))).rejects.toThrow(/Déchiffrement impossible/)
  })

  it('validates the plaintext: maxLength counts typed characters, not ciphertext', async () => {
    const options = { maxLength: 20, req: { payload: { config: {} }, t: (key: string) => key } }
    const validate = field.validate as (value: unknown, options: unknown) => Promise<string | true> | string | true
    expect(await validate(encrypt(PHONE), options)).toBe(true)
    expect(await validate(encrypt('+225 07 08 09 10 11 12 13'), options)).toBe('validation:shorterThanMax')
  })

  it('runs the caller’s hooks on plaintext, and can be a textarea', async () => {
    const trim: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)
    const shout: FieldHook = ({ value }) => (typeof value === 'string' ? value.toUpperCase() : value)
    const address = encryptedTextField({
      name: 'address',
      type: 'textarea',
      access: { read: isOwnerOrStaff },
      hooks: { beforeChange: [trim], afterRead: [shout] },
    })
    expect(address.type).toBe('textarea')
    let value: unknown = '  12 rue des Jardins  '
    for (const hook of address.hooks?.beforeChange ?? []) value = await run(hook, value)
    expect(decrypt(value as string)).toBe('12 rue des Jardins')
    for (const hook of address.hooks?.afterRead ?? []) value = await run(hook, value)
    expect(value).toBe('12 RUE DES JARDINS')
  })
})
