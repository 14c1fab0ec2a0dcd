import { format } from '@/i18n'
import type { RegistrationMessages } from '@/i18n/messages/registration'
import { FORM_STEPS, type FormStep } from '@/talents/registrationForm'

import { CheckIcon } from '../icons'

type StepProgressProps = {
  current: number
  /** The furthest step reached so far: steps up to it can be reopened directly. */
  reached: number
  onSelect: (index: number) => void
  messages: RegistrationMessages
}

const stepTitle = (messages: RegistrationMessages, step: FormStep) => messages.steps[step].title

/** The steps as a vertical list with their state (wide screens). */
export function StepList({ current, reached, onSelect, messages }: StepProgressProps) {
  return (
    <nav aria-label={messages.progress.label}>
      <ol className="relative space-y-1">
        {FORM_STEPS.map((step, index) => {
          const done = index < current || (index <= reached && index !== current)
          const isCurrent = index === current
          const reachable = index <= reached && !isCurrent
          const marker = (
            <span
              aria-hidden="true"
              className={`grid size-8 shrink-0 place-items-center rounded-full text-sm font-bold tabular-nums ring-1 transition-colors ${
                isCurrent
                  ? 'bg-terracotta-600 text-white ring-terracotta-600'
                  : done
                    ? 'bg-ink-900 text-sand-50 ring-ink-900'
                    : 'bg-white text-ink-500 ring-ink-900/15'
              }`}
            >
              {done ? <CheckIcon className="size-4" strokeWidth={2.5} /> : index + 1}
            </span>
          )
          const text = (
            <span className={`text-sm ${isCurrent ? 'font-bold text-ink-950' : done ? 'font-semibold text-ink-800' : 'text-ink-600'}`}>
              <span className="sr-only">{format(messages.progress.stepOf, { current: index + 1, total: FORM_STEPS.length })} : </span>
              {stepTitle(messages, step)}
              {isCurrent ? <span className="sr-only"> ({messages.progress.current})</span> : null}
              {done ? <span className="sr-only"> ({messages.progress.done})</span> : null}
            </span>
          )
          return (
            <li key={step} aria-current={isCurrent ? 'step' : undefined}>
              {reachable ? (
                <button
                  type="button"
                  onClick={() => onSelect(index)}
                  className="flex w-full items-center gap-3 rounded-xl px-2 py-1.5 text-left hover:bg-white/70"
                >
                  {marker}
                  {text}
                </button>
              ) : (
                <div className={`flex items-center gap-3 rounded-xl px-2 py-1.5 ${isCurrent ? 'bg-white shadow-card ring-1 ring-ink-900/5' : ''}`}>
                  {marker}
                  {text}
                </div>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/** "Step 2 of 7 · Contact", a bar and the next step's name (phones and tablets). */
export function StepMeter({ current, messages }: Pick<StepProgressProps, 'current' | 'messages'>) {
  const total = FORM_STEPS.length
  const next = FORM_STEPS[current + 1]
  return (
    <div>
      <div className="flex items-baseline justify-between gap-3">
        <p className="text-sm font-semibold text-terracotta-700">
          {format(messages.progress.stepOf, { current: current + 1, total })}
        </p>
        {next ? (
          <p className="truncate text-sm text-ink-600">{format(messages.progress.next, { name: stepTitle(messages, next) })}</p>
        ) : null}
      </div>
      <div
        role="progressbar"
        aria-label={messages.progress.label}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current + 1}
        aria-valuetext={format(messages.progress.stepOf, { current: current + 1, total })}
        className="mt-2 flex gap-1"
      >
        {FORM_STEPS.map((step, index) => (
          <span
            key={step}
            className={`h-1.5 flex-1 rounded-full ${index < current ? 'bg-ink-900' : index === current ? 'bg-terracotta-600' : 'bg-ink-900/10'}`}
          />
        ))}
      </div>
    </div>
  )
}
