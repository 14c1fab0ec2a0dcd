import { rm } from 'node:fs/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup, databasePool } from '@/backup/createBackup'
import { restoreBackup } from '@/backup/restoreBackup'
import { listDataTables, qualified, schemaName } from '@/backup/schema'
import { searchCinemaTalentIds } from '@/cinema/staffSearch/searchCinemaTalents'
import { parseStaffSearch } from '@/cinema/staffSearch/staffSearchFilters'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

/**
 * The staff search's arrays in the cinema_talents row (migration 20261125_233000): kept exact
 * by the triggers on cinema_talents_rels and cinema_talents_languages through every write
 * Payload does (create, update, delete), other writers' UPDATE/DELETE, a backup restore; and
 * the search that reads them answers exactly what the join tables say (the former EXISTS
 * conditions, run here as the oracle) on a mixed data set.
 */
const MARKER = `zqa${Date.now().toString(36)}`
const LEVELS = ['basic', 'intermediate', 'fluent', 'native'] as const
type Level = (typeof LEVELS)[number]

let payload: Payload
const ref: Record<string, number> = {}
const zips: string[] = []

const sql = async (text: string, values: unknown[] = []) => (await databasePool(payload).query(text, values)).rows
const sortedIds = (ids: number[]) => [...ids].sort((a, b) => a - b)

async function arraysOf(id: number) {
  const [row] = await sql(
    'SELECT search_category_ids AS categories, search_skill_ids AS skills, search_language_levels AS levels FROM cinema_talents WHERE id = $1',
    [id],
  )
  return row as { categories: number[]; skills: number[]; levels: number[] } | undefined
}

/** What the row must hold for these categories, skills and languages. */
function expected(categories: string[], skills: string[], languages: [string, Level][]) {
  return {
    categories: sortedIds(categories.map((slug) => ref[slug])),
    skills: sortedIds(skills.map((slug) => ref[slug])),
    levels: sortedIds(
      languages.flatMap(([code, level]) => Array.from({ length: LEVELS.indexOf(level) + 1 }, (_, k) => ref[`lang:${code}`] * 8 + k + 1)),
    ),
  }
}

let cityId: number
let countryId: number
async function createTalent(categories: string[], skills: string[], languages: [string, Level][], firstName = 'Awa') {
  const user = await createUser(payload, { roles: ['talent'] })
  const talent = await payload.create({
    collection: 'cinema-talents',
    data: {
      user: user.id,
      firstName,
      lastName: 'Tableaux',
      gender: 'F',
      dateOfBirth: '1995-03-02',
      country: countryId,
      city: cityId,
      categories: categories.map((slug) => ref[slug]),
      skills: skills.map((slug) => ref[slug]),
      languages: languages.map(([code, level]) => ({ language: ref[`lang:${code}`], level })),
      availability: 'available',
      otherSkills: `Marqueur ${MARKER}`,
    },
  })
  return talent.id
}

beforeAll(async () => {
  payload = await getTestPayload()
  const one = async (collection: 'categories' | 'skills' | 'languages' | 'countries', field: string, value: string) => {
    const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0 })
    if (!docs[0]) throw new Error(`${collection} ${value} missing`)
    return docs[0].id as number
  }
  for (const slug of ['acteur', 'figurant', 'cascadeur', 'mannequin']) ref[slug] = await one('categories', 'slug', slug)
  for (const slug of ['chant', 'slam', 'rap', 'danse-africaine']) ref[slug] = await one('skills', 'slug', slug)
  for (const code of ['fr', 'wo', 'bm', 'en']) ref[`lang:${code}`] = await one('languages', 'code', code)
  countryId = await one('countries', 'iso2', 'CI')
  const { docs } = await payload.find({ collection: 'cities', where: { code: { equals: 'ABJ' }, country: { equals: countryId } }, limit: 1, depth: 0 })
  cityId = docs[0].id as number
}, 120_000)

afterAll(async () => {
  for (const zip of zips) await rm(zip, { force: true })
})

describe('search arrays follow the join tables', () => {
  it('are filled on create, sorted and distinct', async () => {
    const id = await createTalent(['figurant', 'acteur'], ['slam', 'chant'], [['fr', 'native'], ['wo', 'basic']])
    expect(await arraysOf(id)).toEqual(expected(['acteur', 'figurant'], ['chant', 'slam'], [['fr', 'native'], ['wo', 'basic']]))
  })

  it('follow an update adding and removing a skill, a category, changing a language level; stay put on other updates', async () => {
    const id = await createTalent(['acteur'], ['chant', 'slam'], [['fr', 'fluent'], ['wo', 'basic']])

    await payload.update({ collection: 'cinema-talents', id, data: { skills: [ref.slam, ref.rap] } })
    expect((await arraysOf(id))!.skills).toEqual(sortedIds([ref.slam, ref.rap]))

    await payload.update({
      collection: 'cinema-talents',
      id,
      data: { languages: [{ language: ref['lang:fr'], level: 'fluent' }, { language: ref['lang:wo'], level: 'native' }] },
    })
    expect((await arraysOf(id))!.levels).toEqual(expected([], [], [['fr', 'fluent'], ['wo', 'native']]).levels)

    await payload.update({ collection: 'cinema-talents', id, data: { categories: [ref.cascadeur, ref.mannequin] } })
    await payload.update({ collection: 'cinema-talents', id, data: { firstName: 'Awa-Marie' } })
    expect(await arraysOf(id)).toEqual(expected(['cascadeur', 'mannequin'], ['slam', 'rap'], [['fr', 'fluent'], ['wo', 'native']]))

    // Every skill removed, a language dropped.
    await payload.update({ collection: 'cinema-talents', id, data: { skills: [], languages: [{ language: ref['lang:en'], level: 'basic' }] } })
    expect(await arraysOf(id)).toEqual(expected(['cascadeur', 'mannequin'], [], [['en', 'basic']]))

    // And the search follows: found by the new values, no longer by the old ones.
    expect(await ids(`skill=chant`)).not.toContain(id)
    expect(await ids(`category=cascadeur&lang=en:1`)).toContain(id)
    expect(await ids(`lang=wo:1`)).not.toContain(id)
  })

  it('follow other writers: an UPDATE of a language row, a DELETE of a rels row, a category deleted from the reference data', async () => {
    const id = await createTalent(['acteur', 'figurant'], ['danse-africaine'], [['bm', 'intermediate']])
    await sql(`UPDATE cinema_talents_languages SET level = 'native', level_rank = 4 WHERE _parent_id = $1`, [id])
    expect((await arraysOf(id))!.levels).toEqual(expected([], [], [['bm', 'native']]).levels)
    await sql(`DELETE FROM cinema_talents_rels WHERE parent_id = $1 AND path = 'skills'`, [id])
    expect((await arraysOf(id))!.skills).toEqual([])
    // A category removed from the reference data: its rels rows go (ON DELETE CASCADE), the array follows.
    const [{ id: categoryId }] = await sql(`INSERT INTO categories (slug, name_fr, name_en, updated_at, created_at) VALUES ($1, 'Essai', 'Test', now(), now()) RETURNING id`, [
      `essai-${MARKER}`,
    ])
    await sql(`INSERT INTO cinema_talents_rels ("order", parent_id, path, categories_id) VALUES (3, $1, 'categories', $2)`, [id, categoryId])
    expect((await arraysOf(id))!.categories).toEqual(sortedIds([ref.acteur, ref.figurant, categoryId]))
    await sql('DELETE FROM categories WHERE id = $1', [categoryId])
    expect((await arraysOf(id))!.categories).toEqual(sortedIds([ref.acteur, ref.figurant]))
  })

  it('go with the profile on delete (no error, no row left)', async () => {
    const id = await createTalent(['acteur'], ['chant'], [['fr', 'native']])
    await payload.delete({ collection: 'cinema-talents', id })
    expect(await arraysOf(id)).toBeUndefined()
    expect(await sql('SELECT 1 FROM cinema_talents_rels WHERE parent_id = $1 UNION ALL SELECT 1 FROM cinema_talents_languages WHERE _parent_id = $1', [id])).toEqual([])
  })
})

/** The ids the staff search finds among this file's profiles (all of them: limit 100). */
async function ids(query: string): Promise<number[]> {
  const params = new URLSearchParams(query)
  params.set('q', MARKER)
  params.set('limit', '100')
  const parsed = parseStaffSearch(params, 'fr')
  expect(parsed.success, JSON.stringify(parsed)).toBe(true)
  const result = await searchCinemaTalentIds(payload, parsed.filters, { locale: 'fr' })
  expect(result.totalDocs).toBe(result.ids.length)
  return sortedIds(result.ids)
}

/** The former conditions, through the join tables (EXISTS per category set, skill, language). */
async function oracle(categories: string[], skills: string[], languages: [string, number][]): Promise<number[]> {
  const conditions = [`t.search_text LIKE '%' || $1 || '%'`]
  const values: unknown[] = [MARKER]
  const param = (value: unknown) => `$${values.push(value)}`
  if (categories.length)
    conditions.push(`EXISTS (SELECT 1 FROM cinema_talents_rels r WHERE r.path = 'categories' AND r.categories_id = ANY(${param(categories.map((slug) => ref[slug]))}::int[]) AND r.parent_id = t.id)`)
  for (const slug of skills) conditions.push(`EXISTS (SELECT 1 FROM cinema_talents_rels r WHERE r.path = 'skills' AND r.skills_id = ${param(ref[slug])} AND r.parent_id = t.id)`)
  for (const [code, minLevel] of languages)
    conditions.push(`EXISTS (SELECT 1 FROM cinema_talents_languages l WHERE l.language_id = ${param(ref[`lang:${code}`])} AND l.level_rank >= ${param(minLevel)} AND l._parent_id = t.id)`)
  const rows = await sql(`SELECT t.id FROM cinema_talents t WHERE ${conditions.join(' AND ')}`, values)
  return sortedIds(rows.map((row) => row.id as number))
}

describe('the search on the arrays answers as the join tables do', () => {
  const CATEGORIES = ['acteur', 'figurant', 'cascadeur', 'mannequin']
  const SKILLS = ['chant', 'slam', 'rap', 'danse-africaine']
  const LANGUAGES = ['fr', 'wo', 'bm', 'en']

  beforeAll(async () => {
    // A deterministic mixed set: 1–4 categories, 0–4 skills, 0–4 languages at every level.
    let state = 7
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
    const some = <T>(items: T[], max: number) => items.filter(() => next() < max / items.length)
    for (let i = 0; i < 36; i++) {
      const languages = some(LANGUAGES, 2).map((code) => [code, LEVELS[Math.floor(next() * 4)]] as [string, Level])
      // At least one category (the field is required).
      const categories = some(CATEGORIES, 1.5)
      await createTalent(categories.length ? categories : [CATEGORIES[i % 4]], some(SKILLS, 2), languages, `Mixte${i}`)
    }
    // A few rewritten afterwards, as editors do.
    const { docs } = await payload.find({ collection: 'cinema-talents', where: { firstName: { like: 'Mixte1' } }, depth: 0, limit: 5 })
    for (const doc of docs) {
      await payload.update({ collection: 'cinema-talents', id: doc.id, data: { skills: [ref.rap], languages: [{ language: ref['lang:wo'], level: 'intermediate' }] } })
    }
  }, 180_000)

  it('categories (any), skills (every), languages (every, at its minimum level), alone and combined', async () => {
    const cases: [string[], string[], [string, number][]][] = [
      [['acteur'], [], []],
      [['figurant', 'mannequin'], [], []],
      [[], ['chant'], []],
      [[], ['chant', 'slam'], []],
      [[], ['rap', 'danse-africaine', 'slam'], []],
      [[], [], [['fr', 1]]],
      [[], [], [['fr', 3]]],
      [[], [], [['wo', 4]]],
      [[], [], [['wo', 2], ['fr', 2]]],
      [[], [], [['bm', 1], ['en', 3], ['fr', 1]]],
      [['acteur', 'cascadeur'], ['rap'], [['wo', 2]]],
      [['mannequin'], ['chant', 'danse-africaine'], [['fr', 2]]],
      [[], ['slam'], [['en', 4]]],
    ]
    let nonEmpty = 0
    for (const [categories, skills, languages] of cases) {
      const query = [
        ...categories.map((slug) => `category=${slug}`),
        ...skills.map((slug) => `skill=${slug}`),
        ...languages.map(([code, level]) => `lang=${code}:${level}`),
      ].join('&')
      const want = await oracle(categories, skills, languages)
      expect(await ids(query), query).toEqual(want)
      if (want.length) nonEmpty += 1
    }
    // The cases discriminate: most find someone, and not everyone.
    expect(nonEmpty).toBeGreaterThanOrEqual(9)
    expect((await oracle([], [], [])).length).toBeGreaterThan((await oracle(['acteur'], [], [])).length)
  })

  it('a restored backup gives every profile the same arrays, and the search the same answers', async () => {
    const snapshot = async () =>
      sql('SELECT id, search_category_ids, search_skill_ids, search_language_levels FROM cinema_talents WHERE search_text LIKE $1 ORDER BY id', [`%${MARKER}%`])
    const before = await snapshot()
    const answer = () => ids('category=acteur&category=figurant&skill=rap&lang=wo:2')
    const answerBefore = await answer()
    expect(answerBefore.length).toBeGreaterThan(0)

    const { path } = await createBackup(payload, { createdBy: 'test' })
    zips.push(path)
    const client = await databasePool(payload).connect()
    const tables = await listDataTables(client, schemaName(payload))
    client.release()
    await sql(`TRUNCATE ${tables.map((table) => qualified(schemaName(payload), table.name)).join(', ')} CASCADE`)
    expect(await snapshot()).toEqual([])

    await restoreBackup(payload, path)
    expect(await snapshot()).toEqual(before)
    expect(await answer()).toEqual(answerBefore)
    // Restored rows are still under the triggers: an update after the restore is followed.
    const id = answerBefore[0]
    await payload.update({ collection: 'cinema-talents', id, data: { skills: [ref.chant] } })
    expect((await arraysOf(id))!.skills).toEqual([ref.chant])
  }, 180_000)
})
