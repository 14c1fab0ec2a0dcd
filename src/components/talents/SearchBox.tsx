import { SearchIcon } from '@/components/icons'

type SearchBoxProps = {
  /** The input's id (its label points to it). */
  id: string
  value?: string
  messages: { label: string; placeholder: string; submit: string }
  className?: string
}

/**
 * The big free-text box of the directory pages (/talents, /cinema/talents), inside their filter
 * form (`name="q"`). Keyed on the value so a new search from the address resets what was typed.
 */
export function SearchBox({ id, value, messages, className = '' }: SearchBoxProps) {
  return (
    <div role="search" className={`flex max-w-3xl flex-col gap-3 sm:flex-row ${className}`}>
      <label htmlFor={id} className="sr-only">
        {messages.label}
      </label>
      <div className="relative flex-1">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-ink-500" />
        <input
          key={`q-${value ?? ''}`}
          id={id}
          name="q"
          type="search"
          defaultValue={value}
          placeholder={messages.placeholder}
          autoComplete="off"
          maxLength={100}
          className="field pl-12 shadow-card"
        />
      </div>
      <button type="submit" className="btn btn-primary btn-lg">
        <SearchIcon className="size-5" />
        {messages.submit}
      </button>
    </div>
  )
}
