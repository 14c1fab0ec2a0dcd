type LogoProps = {
  /** Text for screen readers when the logo is the only content of a link. */
  label?: string
  className?: string
  /** Wordmark colour: dark on light backgrounds, light on dark ones. */
  tone?: 'dark' | 'light'
}

/** The Taalentio mark (a woven "T" with an ochre spotlight) and wordmark; same drawing as public/logo.svg. */
export function Logo({ label, className = '', tone = 'dark' }: LogoProps) {
  return (
    <span className={`inline-flex items-center gap-2.5 ${className}`}>
      <svg
        viewBox="0 0 48 48"
        className="size-9 shrink-0"
        aria-hidden="true"
        focusable="false"
      >
        <rect width="48" height="48" rx="12" fill="#B4461F" />
        <path d="M11 12h26v6.5h-9.75V37h-6.5V18.5H11z" fill="#FBF7F1" />
        <path d="M35.5 27.5 40 32l-4.5 4.5L31 32z" fill="#E0A43A" />
        <path d="M11 9.5h26" stroke="#E0A43A" strokeWidth="2" strokeDasharray="3 2.2" />
      </svg>
      <span
        className={`text-xl font-extrabold tracking-tight ${tone === 'light' ? 'text-sand-50' : 'text-ink-900'}`}
        aria-hidden={label ? true : undefined}
      >
        Taalentio
      </span>
      {label ? <span className="sr-only">{label}</span> : null}
    </span>
  )
}
