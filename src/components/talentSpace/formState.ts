import type { ActionResult, FieldError } from '@/talentSpace/actionResult'

/** Where a talent-space form stands: nothing yet, saving, saved, or errors to show. */
export type FormState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; message: string }
  | { status: 'error'; message: string; errors: FieldError[] }

export function stateFromResult(result: ActionResult): FormState {
  return result.ok ? { status: 'saved', message: result.message } : { status: 'error', message: result.message, errors: result.errors }
}

/** The message of the first error on `path` (or under it: `languages.1.level`). */
export function errorAt(state: FormState, path: string): string | undefined {
  if (state.status !== 'error') return undefined
  return state.errors.find((error) => error.path === path)?.message
}

export function errorsUnder(state: FormState, prefix: string): FieldError[] {
  if (state.status !== 'error') return []
  return state.errors.filter((error) => error.path === prefix || error.path.startsWith(`${prefix}.`))
}
