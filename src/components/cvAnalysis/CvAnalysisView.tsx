import Link from 'next/link'
import type { ReactNode } from 'react'

import { storedAnalysisResult } from '@/ai/applyDetectedSkills'
import { referenceTerms } from '@/ai/referenceLists'
import { CheckIcon } from '@/components/icons'
import { AlertIcon, FileIcon } from '@/components/talentSpace/icons'
import { format, plural, type Locale } from '@/i18n'
import { INTL_LOCALE } from '@/i18n/locales'
import type { ActionResult } from '@/talentSpace/actionResult'
import { TALENT_SPACE_PATHS } from '@/talentSpace/paths'
import type { Cv } from '../../../payload-types'
import { ApplySkillsButton } from './ApplySkillsButton'
import { cvAnalysisUiMessages } from './messages'
import { RefreshWhilePending } from './RefreshWhilePending'

type Props = {
  locale: Locale
  cv: Cv | null
  /** Slugs of the skills already on the profile. */
  profileSkills: string[]
  applySkills: () => Promise<ActionResult>
}

const card = 'rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6'

function Section({ title, id, children, className = '' }: { title: string; id: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`${card} ${className}`}>
      <h2 id={id} className="text-lg font-bold tracking-tight text-ink-950">
        {title}
      </h2>
      {children}
    </section>
  )
}

/** The score as a ring: colour by band, the number written out for screen readers. */
function ScoreRing({ score, label }: { score: number; label: string }) {
  const tone = score >= 70 ? 'text-forest-600' : score >= 40 ? 'text-ochre-500' : 'text-terracotta-600'
  const circumference = 2 * Math.PI * 42
  return (
    <div className="relative size-32 shrink-0" role="img" aria-label={label}>
      <svg viewBox="0 0 100 100" className="size-full -rotate-90" aria-hidden="true">
        <circle cx="50" cy="50" r="42" fill="none" strokeWidth="10" className="stroke-sand-100" />
        <circle cx="50" cy="50" r="42" fill="none" strokeWidth="10" strokeLinecap="round" stroke="currentColor" className={tone} strokeDasharray={`${(score / 100) * circumference} ${circumference}`} />
      </svg>
      <span aria-hidden="true" className="absolute inset-0 grid place-items-center text-center">
        <span>
          <span className="block text-4xl font-extrabold text-ink-950" data-testid="cv-analysis-score">
            {score}
          </span>
          <span className="block text-xs font-semibold text-ink-500">/ 100</span>
        </span>
      </span>
    </div>
  )
}

function Notice({ tone, children, testId }: { tone: 'info' | 'warning' | 'error'; children: ReactNode; testId?: string }) {
  const styles = {
    info: 'border-ochre-400/40 bg-ochre-400/10 text-ink-900',
    warning: 'border-ochre-400/50 bg-ochre-400/15 text-ink-900',
    error: 'border-terracotta-200 bg-terracotta-50 text-terracotta-900',
  }[tone]
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`mb-5 flex items-start gap-3 rounded-2xl border px-4 py-3.5 text-sm ${styles}`} data-testid={testId}>
      <AlertIcon className="mt-0.5 size-5 shrink-0" />
      <div className="min-w-0">{children}</div>
    </div>
  )
}

/** The analysis of the talent's CV in their space: state, score, summary, advice and what was found. */
export function CvAnalysisView({ locale, cv, profileSkills, applySkills }: Props) {
  const m = cvAnalysisUiMessages[locale]
  const filesLink = (label: string) => (
    <Link href={TALENT_SPACE_PATHS.files} className="btn btn-secondary mt-3">
      <FileIcon className="size-4" />
      {label}
    </Link>
  )

  if (!cv) {
    return (
      <div className={`${card} text-center`}>
        <p className="mx-auto max-w-md text-ink-700">{m.noCv}</p>
        {filesLink(m.addCv)}
      </div>
    )
  }

  const analysis = cv.analysis
  const status = analysis?.status
  const result = status === 'done' ? storedAnalysisResult(analysis?.result) : null

  if (status === 'pending' || !status) {
    return (
      <>
        {status === 'pending' ? <RefreshWhilePending /> : null}
        <div className={`${card} flex items-center gap-4`} role="status" data-testid="cv-analysis-state" data-status={status ?? 'none'}>
          {status === 'pending' ? <span aria-hidden="true" className="size-6 shrink-0 animate-spin rounded-full border-[3px] border-sand-200 border-t-terracotta-600" /> : null}
          <p className="text-ink-800">{status === 'pending' ? m.status.pending : m.status.none}</p>
        </div>
      </>
    )
  }

  if (status === 'failed' || !result) {
    const reason = analysis?.errorCode && analysis.errorCode in m.errors ? m.errors[analysis.errorCode as keyof typeof m.errors] : analysis?.error
    return (
      <div data-testid="cv-analysis-state" data-status="failed">
        <Notice tone="error">
          <p className="font-semibold">{m.status.failed}</p>
          {reason ? <p className="mt-1">{reason}</p> : null}
          <p className="mt-1 text-terracotta-800">{m.failedHelp}</p>
        </Notice>
        {filesLink(m.replaceCv)}
      </div>
    )
  }

  const { skills: skillTerms, categories: categoryTerms, languages: languageTerms } = referenceTerms()
  const nameOf = (terms: typeof skillTerms, id: string | null, fallback: string) => terms.find((term) => term.id === id)?.name[locale] ?? fallback
  const date = analysis?.analysedAt ? new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long' }).format(new Date(analysis.analysedAt)) : null
  const source = result.source === 'llm' ? format(m.source.llm, { model: result.model ?? '' }) : m.source.local
  const applicable = result.skills.filter((skill) => skill.slug && !profileSkills.includes(skill.slug))
  const years = result.yearsOfExperience === null ? m.unknown : format(plural(locale, result.yearsOfExperience, m.yearsValue), { count: result.yearsOfExperience })

  return (
    <div data-testid="cv-analysis-state" data-status="done">
      {analysis?.errorCode === 'llm' ? (
        <Notice tone="warning">
          <p>{analysis.error ?? m.errors.llm}</p>
        </Notice>
      ) : null}

      <div className="grid grid-cols-1 gap-5 lg:grid-cols-5">
        <section aria-labelledby="analysis-score" className={`${card} lg:col-span-2`}>
          <h2 id="analysis-score" className="text-xs font-semibold tracking-wide text-ink-500 uppercase">
            {m.score}
          </h2>
          <div className="mt-4 flex items-center gap-5">
            <ScoreRing score={result.score} label={format(m.scoreOutOf, { score: result.score })} />
            <dl className="min-w-0 space-y-2 text-sm">
              <div>
                <dt className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{m.years}</dt>
                <dd className="font-semibold text-ink-900">{years}</dd>
              </div>
              <div>
                <dt className="sr-only">Source</dt>
                <dd>
                  <span className="inline-flex rounded-full bg-sand-100 px-2.5 py-1 text-xs font-semibold text-ink-800" data-testid="cv-analysis-source">
                    {source}
                  </span>
                </dd>
              </div>
              {date ? <dd className="text-xs text-ink-500">{format(m.analysedOn, { date })}</dd> : null}
            </dl>
          </div>
          <details className="group mt-5 rounded-xl bg-sand-50 px-4 py-3 ring-1 ring-ink-900/5">
            <summary className="cursor-pointer text-sm font-semibold text-ink-800">{m.scoreReasons}</summary>
            <ul className="mt-2 space-y-1 text-sm text-ink-700">
              {result.scoreReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </details>
        </section>

        <Section title={m.summary} id="analysis-summary" className="lg:col-span-3">
          <p className="mt-3 leading-relaxed text-ink-800" data-testid="cv-analysis-summary">
            {result.summary}
          </p>
          {result.categories.length ? (
            <div className="mt-4">
              <h3 className="text-xs font-semibold tracking-wide text-ink-500 uppercase">{m.categories}</h3>
              <ul className="mt-2 flex flex-wrap gap-1.5">
                {result.categories.map((category) => (
                  <li key={category.slug} className="rounded-full bg-terracotta-50 px-2.5 py-1 text-xs font-semibold text-terracotta-800">
                    {nameOf(categoryTerms, category.slug, category.name)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Section>

        <Section title={m.strengths} id="analysis-strengths" className="lg:col-span-2">
          {result.strengths.length ? (
            <ul className="mt-3 space-y-2">
              {result.strengths.map((strength) => (
                <li key={strength} className="flex items-start gap-2.5 text-sm text-ink-800">
                  <CheckIcon className="mt-0.5 size-4 shrink-0 text-forest-600" strokeWidth={2.5} />
                  {strength}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-ink-600">{m.none}</p>
          )}
        </Section>

        <Section title={m.suggestions} id="analysis-suggestions" className="lg:col-span-3">
          {result.suggestions.length ? (
            <ol className="mt-3 space-y-2">
              {result.suggestions.map((suggestion, index) => (
                <li key={suggestion} className="flex items-start gap-3 text-sm text-ink-800">
                  <span aria-hidden="true" className="grid size-6 shrink-0 place-items-center rounded-full bg-ochre-400/25 text-xs font-bold text-ink-900">
                    {index + 1}
                  </span>
                  {suggestion}
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-3 text-sm text-ink-600">{m.none}</p>
          )}
        </Section>

        <Section title={m.skills} id="analysis-skills" className="lg:col-span-5">
          {result.skills.length ? (
            <ul className="mt-3 flex flex-wrap gap-2" data-testid="cv-analysis-skills">
              {result.skills.map((skill) => {
                const onProfile = skill.slug !== null && profileSkills.includes(skill.slug)
                return (
                  <li
                    key={skill.slug ?? skill.name}
                    className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1.5 text-sm font-semibold ring-1 ring-inset ${
                      onProfile ? 'bg-forest-600/10 text-forest-600 ring-forest-600/20' : skill.slug ? 'bg-white text-ink-900 ring-ink-900/15' : 'bg-sand-50 text-ink-600 ring-ink-900/10'
                    }`}
                  >
                    {onProfile ? <CheckIcon className="size-3.5" strokeWidth={3} /> : null}
                    {nameOf(skillTerms, skill.slug, skill.name)}
                    {onProfile ? <span className="sr-only"> ({m.alreadyOnProfile})</span> : null}
                    {skill.slug ? null : <span className="text-xs font-normal">({m.notInList})</span>}
                  </li>
                )
              })}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-ink-600">{m.none}</p>
          )}
          {result.skills.some((skill) => skill.slug) ? (
            <ApplySkillsButton
              label={m.apply}
              busyLabel={`${m.apply}…`}
              hint={m.applyHint}
              nothingLeft={m.applyNothing}
              canApply={applicable.length > 0}
              apply={applySkills}
            />
          ) : null}

          <h3 className="mt-6 text-xs font-semibold tracking-wide text-ink-500 uppercase">{m.languages}</h3>
          {result.languages.length ? (
            <ul className="mt-2 flex flex-wrap gap-2">
              {result.languages.map((language) => (
                <li key={language.code ?? language.name} className="rounded-full bg-sand-100 px-3 py-1.5 text-sm text-ink-900">
                  <span className="font-semibold">{nameOf(languageTerms, language.code, language.name)}</span>
                  {language.level ? <span className="text-ink-600"> · {m.levels[language.level]}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-ink-600">{m.none}</p>
          )}
        </Section>
      </div>
    </div>
  )
}
