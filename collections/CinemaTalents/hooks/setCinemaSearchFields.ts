import type { CollectionBeforeChangeHook } from 'payload'

import { LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import { normalizeSearchText } from '@/talents/searchText'
import { relationId as idOf } from '@/payload/relationId'

const LEVEL_RANK = Object.fromEntries(LANGUAGE_LEVEL_OPTIONS.map(({ value }, index) => [value, index + 1])) as Record<string, number>

type LanguageRow = { language?: unknown; level?: string | null; levelRank?: number | null }
type FilmRow = { title?: string | null; role?: string | null }

/**
 * Keeps the columns the staff filters read in step with the profile: each language's level
 * as a rank ("at least intermediate" is one indexed comparison), and `searchText`, the
 * accent-folded names, skills and filmography that free-text search matches.
 */
export const setCinemaSearchFields: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const languages = (data.languages as LanguageRow[] | undefined)?.map((row) => ({ ...row, levelRank: LEVEL_RANK[row.level ?? ''] ?? null }))

  const skillIds = ((merged.skills as unknown[] | undefined) ?? []).map((skill) => idOf(skill)).filter((id): id is number => id != null)
  const skills = skillIds.length
    ? await req.payload.find({ collection: 'skills', where: { id: { in: skillIds } }, depth: 0, pagination: false, req })
    : { docs: [] }
  const skillNames = skills.docs.flatMap((skill) => [skill.nameFr, skill.nameEn])
  const films = ((merged.filmography as FilmRow[] | undefined) ?? []).flatMap((film) => [film.title, film.role])
  const parts = [merged.code, merged.firstName, merged.lastName, merged.stageName, ...skillNames, merged.otherSkills, ...films]
  const searchText = normalizeSearchText(parts.filter(Boolean).join(' ')).slice(0, 8000)

  return { ...data, ...(languages ? { languages } : {}), searchText }
}
