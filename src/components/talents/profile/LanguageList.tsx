import type { ProfileLanguage } from '@/talents/talentProfile'
import { LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'

const LEVELS = LANGUAGE_LEVEL_OPTIONS.length

/** Each language with its level in words and as a four-step gauge. */
export function LanguageList({ languages }: { languages: ProfileLanguage[] }) {
  return (
    <ul className="divide-y divide-ink-900/10">
      {languages.map((language) => (
        <li key={language.name} className="flex items-center justify-between gap-4 py-3 first:pt-0 last:pb-0">
          <span className="min-w-0">
            <span className="block font-semibold text-ink-900">{language.name}</span>
            <span className="block text-sm text-ink-600">{language.levelLabel}</span>
          </span>
          <span aria-hidden="true" className="flex shrink-0 gap-1">
            {Array.from({ length: LEVELS }, (_, index) => (
              <span key={index} className={`h-2 w-5 rounded-full ${index < language.levelRank ? 'bg-terracotta-600' : 'bg-sand-200'}`} />
            ))}
          </span>
        </li>
      ))}
    </ul>
  )
}
