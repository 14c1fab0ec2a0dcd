export type EncryptionErrorCode =
  | 'MISSING_KEY'
  | 'INVALID_KEY'
  | 'INVALID_KEY_ID'
  | 'UNKNOWN_KEY_ID'
  | 'MALFORMED_VALUE'
  | 'DECRYPTION_FAILED'

/**
 * Raised for a missing or malformed key, or a value that cannot be decrypted.
 * Messages never contain key material nor plaintext: they end up in logs.
 */
export class EncryptionError extends Error {
  readonly code: EncryptionErrorCode

  constructor(code: EncryptionErrorCode, message: string) {
    super(message)
    this.name = 'EncryptionError'
    this.code = code
  }
}
