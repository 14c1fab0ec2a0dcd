'use client'

type UnitToggleProps<T extends string> = {
  name: string
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
}

/** Two or three units as a segmented control (real radios underneath). */
export function UnitToggle<T extends string>({ name, label, value, options, onChange }: UnitToggleProps<T>) {
  return (
    <div role="radiogroup" aria-label={label} className="inline-flex rounded-full bg-sand-100 p-1 ring-1 ring-ink-900/10">
      {options.map((option) => (
        <label key={option.value} className="relative">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0"
          />
          <span className="inline-flex min-h-9 cursor-pointer items-center rounded-full px-3.5 text-sm font-semibold text-ink-600 transition-colors peer-checked:bg-white peer-checked:text-ink-950 peer-checked:shadow-sm peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600">
            {option.label}
          </span>
        </label>
      ))}
    </div>
  )
}
