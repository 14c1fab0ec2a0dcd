import { codeMessages, type CodeErrorCode, type CodeErrorParams } from './messages'

export type { CodeErrorCode } from './messages'

/**
 * An invalid code part or an impossible issue. `message` is French (the platform's
 * first language); `messageIn(req.i18n.language)` gives the user's language, e.g. to
 * rethrow as Payload's `APIError` or a `ValidationError` in a hook.
 */
export class CodeError extends Error {
  readonly code: CodeErrorCode
  readonly params: CodeErrorParams

  constructor(code: CodeErrorCode, params: CodeErrorParams = {}) {
    super(codeMessages('fr')[code](params))
    this.name = 'CodeError'
    this.code = code
    this.params = params
  }

  messageIn(language: string | undefined): string {
    return codeMessages(language)[this.code](this.params)
  }
}

/** Every number of a sequence has been issued: thrown before any code is built, so none is issued. */
export class SequenceExhaustedError extends CodeError {
  readonly scope: string
  readonly max: number

  constructor(scope: string, max: number) {
    super('SEQUENCE_EXHAUSTED', { scope, max })
    this.name = 'SequenceExhaustedError'
    this.scope = scope
    this.max = max
  }
}
