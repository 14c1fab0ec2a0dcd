import { CheckIcon } from '@/components/icons'

import { AlertIcon } from './icons'
import type { FormState } from './formState'

type FormStatusProps = {
  state: FormState
  /** Labels of the fields, to list the errors of fields by name in the summary. */
  fieldLabels?: Record<string, string>
  id?: string
}

/**
 * The outcome of a save, announced to screen readers: a confirmation, or a summary of what
 * to fix with links to the fields (the errors themselves also show under each field).
 */
export function FormStatus({ state, fieldLabels = {}, id }: FormStatusProps) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {state.status === 'saved' ? (
        <p className="flex items-start gap-2.5 rounded-xl border border-forest-600/25 bg-forest-600/10 px-4 py-3 text-sm font-medium text-forest-600">
          <CheckIcon className="mt-0.5 size-4 shrink-0" strokeWidth={2.5} />
          {state.message}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <div role="alert" className="rounded-xl border border-terracotta-200 bg-terracotta-50 px-4 py-3 text-sm text-terracotta-800">
          <p className="flex items-start gap-2.5 font-semibold">
            <AlertIcon className="mt-0.5 size-4 shrink-0" />
            {state.message}
          </p>
          {state.errors.length > 0 ? (
            <ul className="mt-2 space-y-1 pl-6.5">
              {state.errors.map((error) => (
                <li key={`${error.path}:${error.message}`}>
                  <a href={`#field-${firstSegment(error.path)}`} className="underline decoration-terracotta-400 underline-offset-2 hover:text-terracotta-900">
                    {fieldLabels[firstSegment(error.path)] ?? fieldLabels[error.path] ?? error.path}
                  </a>{' '}
                  : {error.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

const firstSegment = (path: string) => path.split('.')[0]
