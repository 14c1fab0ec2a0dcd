/**
 * Bulk loading of the benchmark's data set straight into Payload's tables: N cinema talents,
 * N talents (each with its own account), productions, projects, assignments, attendances.
 * Rows look like the ones the app writes (codes in their formats with matching
 * `code_sequences` counters, `displayName`, `searchText`, language level ranks, encrypted
 * phone numbers, `isPublic` with its public parts), generated in memory and inserted in
 * batches with `INSERT … SELECT FROM unnest(…)`: one statement per 5,000 rows.
 */
import { randomBytes } from 'node:crypto'

import type { Pool, PoolClient } from 'pg'

import { encrypt } from '../src/crypto/encryption'
import { normalizeSearchText } from '../src/talents/searchText'

export type SeedSizes = { talents: number; productions: number; projects: number; assignments: number; attendances: number; badgeProjectSize: number }

export function seedSizes(n: number): SeedSizes {
  // The full run: N = 100,000 → 1,000 productions, 5,000 projects, 50,000 assignments,
  // 200,000 attendances. Smaller runs scale them down (at least one 500-person project when N allows).
  const scale = Math.min(1, n / 100_000)
  const productions = Math.max(20, Math.round(1000 * scale))
  return {
    talents: n,
    productions,
    projects: Math.max(productions, Math.round(5000 * scale)),
    assignments: Math.max(Math.min(n, 600), Math.round(50_000 * scale)),
    attendances: Math.max(1000, Math.round(200_000 * scale)),
    badgeProjectSize: Math.min(500, n),
  }
}

/** A deterministic generator (mulberry32), so two runs load the same data. */
function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const normal = (mean: number, sd: number) => {
    const u = 1 - next()
    const v = next()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  const weighted = <T>(items: readonly (readonly [T, number])[]) => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0)
    let r = next() * total
    for (const [item, weight] of items) if ((r -= weight) < 0) return item
    return items[items.length - 1][0]
  }
  /** `count` distinct items, the first ones more likely (weights 1/(rank+1)). */
  const some = <T>(items: readonly T[], count: number) => {
    const chosen = new Set<T>()
    while (chosen.size < Math.min(count, items.length)) {
      const index = Math.floor(items.length * Math.pow(next(), 2))
      chosen.add(items[index])
    }
    return [...chosen]
  }
  return { next, int, pick, normal, weighted, some }
}

/** Countries weighted towards the big film and talent markets; the rest of Africa shares the remainder. */
const COUNTRY_WEIGHTS: [string, number][] = [
  ['NG', 20], ['GH', 9], ['CI', 11], ['SN', 8], ['KE', 8], ['ZA', 9], ['CM', 7], ['CD', 6],
  ['ML', 3], ['BF', 3], ['BJ', 3], ['TG', 2], ['GA', 1.5], ['CG', 1.5], ['MA', 3], ['TZ', 2], ['UG', 2], ['ET', 2], ['RW', 1.5],
]

/** Languages spoken by country (ISO 639 codes present in the reference data), besides French or English. */
const LOCAL_LANGUAGES: Record<string, string[]> = {
  NG: ['yo', 'ha', 'ig', 'en'], GH: ['tw', 'ak', 'en'], CI: ['dyu', 'fr', 'bm'], SN: ['wo', 'ff', 'fr'], KE: ['sw', 'en'],
  ZA: ['zu', 'en', 'xh', 'af'], CM: ['fr', 'en', 'ff'], CD: ['ln', 'fr', 'sw'], ML: ['bm', 'fr', 'ff'], BF: ['fr', 'dyu', 'ff'],
  BJ: ['fr', 'yo'], TG: ['fr', 'ee'], GA: ['fr'], CG: ['ln', 'fr'], MA: ['ar', 'fr'], TZ: ['sw', 'en'], UG: ['en', 'sw'],
  ET: ['am', 'en'], RW: ['rw', 'fr', 'en'],
}

const FIRST_NAMES = {
  F: ['Aïcha', 'Fatou', 'Aminata', 'Adjoa', 'Akosua', 'Ngozi', 'Chiamaka', 'Funmilayo', 'Wanjiru', 'Achieng', 'Thandiwe', 'Nomvula', 'Mariam', 'Awa', 'Kadiatou', 'Esther', 'Grâce', 'Ruth', 'Précieuse', 'Nadège', 'Estelle', 'Yasmine', 'Salimata', 'Abena', 'Efua', 'Zainab', 'Halima', 'Nafissatou', 'Béatrice', 'Clarisse'],
  M: ['Kouadio', 'Moussa', 'Ibrahima', 'Kwame', 'Kofi', 'Chinedu', 'Oluwaseun', 'Tunde', 'Kamau', 'Otieno', 'Sipho', 'Thabo', 'Mamadou', 'Ousmane', 'Cheikh', 'Emmanuel', 'Jean-Baptiste', 'Hervé', 'Arsène', 'Didier', 'Yaw', 'Kwabena', 'Babacar', 'Lamine', 'Patrice', 'Désiré', 'Serge', 'Aboubacar', 'Idrissa', 'Joël'],
}
const LAST_NAMES = ['Koné', 'Traoré', 'Diallo', 'Ouattara', 'Kouassi', 'Yao', 'Mensah', 'Owusu', 'Asante', 'Boateng', 'Okafor', 'Adeyemi', 'Balogun', 'Okonkwo', 'Eze', 'Mwangi', 'Odhiambo', 'Kariuki', 'Ndlovu', 'Dlamini', 'Nkosi', 'Diop', 'Ndiaye', 'Fall', 'Sow', 'Mbappé', 'Eto’o', 'Nkemelu', 'Mbala', 'Kabila', 'Lukaku', 'Tshisekedi', 'Ngoy', 'Sangaré', 'Coulibaly', 'Bamba', 'Gbagbo', 'Zadi', 'Achebe', 'Soyinka']
const STAGE_WORDS = ['Black', 'Diamond', 'Star', 'Lion', 'Queen', 'King', 'Baby', 'Magic', 'Sister', 'Boss']

type Ref = { id: number }
type Country = Ref & { iso2: string }
type City = Ref & { code: string; countryId: number; population: number }
type Named = Ref & { slug: string; nameFr: string; nameEn: string }

type Reference = {
  countries: Map<string, Country>
  citiesByCountry: Map<number, City[]>
  languages: Map<string, number>
  categories: Named[]
  skills: Named[]
  nationalities: Map<number, number>
  adminId: number
}

async function loadReference(client: PoolClient): Promise<Reference> {
  const countries = new Map<string, Country>()
  for (const row of (await client.query('SELECT id, iso2 FROM countries')).rows) countries.set(row.iso2, { id: row.id, iso2: row.iso2 })
  const citiesByCountry = new Map<number, City[]>()
  for (const row of (await client.query('SELECT id, code, country_id, coalesce(population, 1000)::float AS population FROM cities ORDER BY population DESC NULLS LAST')).rows) {
    const list = citiesByCountry.get(row.country_id) ?? []
    list.push({ id: row.id, code: row.code, countryId: row.country_id, population: row.population })
    citiesByCountry.set(row.country_id, list)
  }
  const languages = new Map<string, number>()
  for (const row of (await client.query('SELECT id, code FROM languages')).rows) languages.set(row.code, row.id)
  const named = async (table: string) => (await client.query(`SELECT id, slug, name_fr AS "nameFr", name_en AS "nameEn" FROM ${table} ORDER BY id`)).rows as Named[]
  const nationalities = new Map<number, number>()
  for (const row of (await client.query('SELECT id, country_id FROM nationalities')).rows) nationalities.set(row.country_id, row.id)
  const admin = await client.query(`SELECT u.id FROM users u JOIN users_roles r ON r.parent_id = u.id AND r.value = 'admin' ORDER BY u.id LIMIT 1`)
  return { countries, citiesByCountry, languages, categories: await named('categories'), skills: await named('skills'), nationalities, adminId: admin.rows[0].id }
}

type Column = { name: string; type: string; cast?: string }

/** Inserts rows given as arrays of column values, 5,000 per statement. */
async function insertColumns(client: PoolClient, table: string, columns: Column[], data: unknown[][], batch = 5000): Promise<void> {
  const rows = data[0]?.length ?? 0
  const selected = columns.map((column, index) => (column.cast ? `c${index}::${column.cast}` : `c${index}`)).join(', ')
  const params = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ')
  const text = `INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(', ')})
    SELECT ${selected} FROM unnest(${params}) AS u(${columns.map((_, index) => `c${index}`).join(', ')})`
  for (let start = 0; start < rows; start += batch) {
    await client.query(text, data.map((values) => values.slice(start, start + batch)))
  }
}

/** Column-oriented buffers for one table. */
function table(columns: Column[]) {
  const data: unknown[][] = columns.map(() => [])
  return {
    columns,
    data,
    push: (...values: unknown[]) => values.forEach((value, index) => data[index].push(value)),
    get size() {
      return data[0].length
    },
  }
}

const objectId = () => randomBytes(12).toString('hex')
const DAY = 86_400_000

export type SeedResult = { seconds: Record<string, number>; counts: Record<string, number>; badgeProjectId: number; sampleCinemaCodes: string[]; sampleTalentCodes: string[]; samplePublicCinemaCodes: string[]; samplePublicTalentCodes: string[]; presenceProjectId: number; presenceCodes: string[] }

export async function seed(pool: Pool, sizes: SeedSizes, log: (message: string) => void = console.log): Promise<SeedResult> {
  const client = await pool.connect()
  const seconds: Record<string, number> = {}
  const counts: Record<string, number> = {}
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await work()
    seconds[name] = Math.round((performance.now() - started) / 100) / 10
    log(`  ${name}: ${seconds[name]} s`)
    return result
  }
  try {
    const ref = await loadReference(client)
    const r = rng(20261125)
    const now = Date.now()
    const countryChoices = COUNTRY_WEIGHTS.filter(([iso2]) => ref.countries.has(iso2) && ref.citiesByCountry.has(ref.countries.get(iso2)!.id))
      .map(([iso2, weight]) => [ref.countries.get(iso2)!, weight] as const)
    const cityChoices = new Map<number, (readonly [City, number])[]>()
    for (const [country] of countryChoices) {
      // Population-weighted, but flattened (square root) so that smaller cities get people too.
      cityChoices.set(country.id, ref.citiesByCountry.get(country.id)!.map((city) => [city, Math.sqrt(Math.max(city.population, 1000))] as const))
    }
    const categoryWeights = ref.categories.map((category, index) => [category.id, ['acteur', 'figurant'].includes(category.slug) ? 30 : 40 / (index + 4)] as const)
    const skillById = new Map(ref.skills.map((skill) => [skill.id, skill]))
    const phones = Array.from({ length: 300 }, (_, i) => encrypt(`+225 07 ${String(10 + (i % 90)).padStart(2, '0')} ${String(i).padStart(2, '0').slice(-2)} 00 ${String(i % 97).padStart(2, '0')}`))

    const sequences = new Map<string, number>()
    /** The next number of a scope, or null when full (the caller picks another city). */
    const nextNumber = (scope: string, max: number) => {
      const value = (sequences.get(scope) ?? 0) + 1
      if (value > max) return null
      sequences.set(scope, value)
      return value
    }

    const userStart = Number((await client.query('SELECT coalesce(max(id), 0) + 1 AS id FROM users')).rows[0].id)
    const users = table([
      { name: 'id', type: 'int' }, { name: 'name', type: 'text' }, { name: 'email', type: 'text' }, { name: 'username', type: 'text' },
      { name: 'preferred_language', type: 'text', cast: 'enum_users_preferred_language' }, { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
    ])
    const userRoles = table([{ name: 'order', type: 'int' }, { name: 'parent_id', type: 'int' }, { name: 'value', type: 'text', cast: 'enum_users_roles' }])

    const person = (kind: 'cinema' | 'talent', index: number) => {
      const gender = r.weighted([['F', 48], ['M', 50], ['X', 2]] as const)
      const country = r.weighted(countryChoices)
      let city = r.weighted(cityChoices.get(country.id)!)
      const max = kind === 'cinema' ? 99_999 : 9_999
      let number = nextNumber(`${kind}:${country.iso2}:${city.code}`, max)
      // A full scope (9,999 talent codes in one city): the person is put in the next city.
      for (const other of ref.citiesByCountry.get(country.id)!) {
        if (number !== null) break
        city = other
        number = nextNumber(`${kind}:${country.iso2}:${city.code}`, max)
      }
      if (number === null) throw new Error(`Plus de codes libres pour ${country.iso2}`)
      const code =
        kind === 'cinema'
          ? `${country.iso2}${city.code}${String(number).padStart(5, '0')}${gender}`
          : `${country.iso2}${gender}${String(number).padStart(4, '0')}${city.code}`
      const firstName = r.pick(FIRST_NAMES[gender === 'X' ? r.pick(['F', 'M'] as const) : gender])
      const lastName = r.pick(LAST_NAMES)
      const stageName = r.next() < 0.12 ? `${r.pick(STAGE_WORDS)} ${firstName}` : null
      // Ages 16–80, most between 20 and 40.
      const age = Math.min(80, Math.max(16, Math.round(r.weighted([[r.int(16, 19), 10], [r.int(20, 40), 55], [r.int(41, 60), 25], [r.int(61, 80), 10]] as const))))
      const dateOfBirth = new Date(now - age * 365.25 * DAY - r.int(0, 364) * DAY)
      dateOfBirth.setUTCHours(0, 0, 0, 0)
      const createdAt = new Date(now - r.int(0, 730) * DAY - r.int(0, DAY))
      const userId = userStart + users.size
      users.push(userId, `${firstName} ${lastName}`, `bench.${kind}.${index}@taalentio.bench`, code, r.next() < 0.8 ? 'fr' : 'en', createdAt, createdAt)
      userRoles.push(1, userId, 'talent')
      const categories = r.next() < 0.6 ? [r.weighted(categoryWeights)] : [...new Set([r.weighted(categoryWeights), r.weighted(categoryWeights), r.weighted(categoryWeights)].slice(0, r.int(2, 3)))]
      const skills = r.some(ref.skills.map((skill) => skill.id), r.int(0, 5))
      const spoken = [...new Set([...r.some(LOCAL_LANGUAGES[country.iso2], r.int(1, 3)), ...(r.next() < 0.5 ? [r.pick(['fr', 'en'])] : [])])]
        .filter((code) => ref.languages.has(code))
      if (!spoken.length) spoken.push(country.iso2 === 'NG' || country.iso2 === 'GH' || country.iso2 === 'KE' ? 'en' : 'fr')
      return { gender, country, city, code, firstName, lastName, stageName, dateOfBirth, createdAt, userId, categories, skills, spoken }
    }

    const LEVELS = ['basic', 'intermediate', 'fluent', 'native'] as const
    const languagesOf = (spoken: string[], first: boolean) =>
      spoken.map((code, order) => {
        const level = order === 0 && first ? 'native' : r.weighted([['basic', 15], ['intermediate', 25], ['fluent', 40], ['native', 20]] as const)
        return { order: order + 1, languageId: ref.languages.get(code)!, level, rank: LEVELS.indexOf(level) + 1 }
      })

    // ---- cinema talents
    const cinema = table([
      { name: 'id', type: 'int' }, { name: 'code', type: 'text' }, { name: 'user_id', type: 'int' }, { name: 'display_name', type: 'text' }, { name: 'search_text', type: 'text' },
      { name: 'first_name', type: 'text' }, { name: 'last_name', type: 'text' }, { name: 'stage_name', type: 'text' }, { name: 'gender', type: 'text', cast: 'enum_cinema_talents_gender' },
      { name: 'date_of_birth', type: 'timestamptz' }, { name: 'nationality_id', type: 'int' }, { name: 'phone', type: 'text' }, { name: 'country_id', type: 'int' }, { name: 'city_id', type: 'int' },
      { name: 'height_cm', type: 'numeric' }, { name: 'weight_kg', type: 'numeric' }, { name: 'build', type: 'text', cast: 'enum_cinema_talents_build' },
      { name: 'years_of_experience', type: 'numeric' }, { name: 'availability', type: 'text', cast: 'enum_cinema_talents_availability' },
      { name: 'rate', type: 'numeric' }, { name: 'rate_currency', type: 'text', cast: 'enum_cinema_talents_rate_currency' }, { name: 'willing_to_travel', type: 'bool' }, { name: 'has_passport', type: 'bool' },
      { name: 'is_public', type: 'bool' }, { name: 'consent_at', type: 'timestamptz' }, { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
      // The staff search's arrays (migration 20261125_233000), filled here as the triggers
      // would: they then find nothing to change (a lookup per profile, no row rewritten).
      { name: 'search_category_ids', type: 'text', cast: 'integer[]' }, { name: 'search_skill_ids', type: 'text', cast: 'integer[]' },
      { name: 'search_language_levels', type: 'text', cast: 'integer[]' },
    ])
    const languageLevelsColumn = cinema.columns.findIndex((column) => column.name === 'search_language_levels')
    /** An int[] literal, sorted and distinct like the triggers' `array_agg(DISTINCT … ORDER BY …)`. */
    const intArray = (values: number[]) => `{${[...new Set(values)].sort((a, b) => a - b).join(',')}}`
    const cinemaRels = table([{ name: 'order', type: 'int' }, { name: 'parent_id', type: 'int' }, { name: 'path', type: 'text' }, { name: 'categories_id', type: 'int' }, { name: 'skills_id', type: 'int' }])
    const cinemaLanguages = table([
      { name: '_order', type: 'int' }, { name: '_parent_id', type: 'int' }, { name: 'id', type: 'text' }, { name: 'language_id', type: 'int' },
      { name: 'level', type: 'text', cast: 'enum_cinema_talents_languages_level' }, { name: 'level_rank', type: 'numeric' },
    ])
    const cinemaParts = table([{ name: 'order', type: 'int' }, { name: 'parent_id', type: 'int' }, { name: 'value', type: 'text', cast: 'enum_cinema_talents_public_parts' }])
    const cinemaRoles = table([{ name: 'order', type: 'int' }, { name: 'parent_id', type: 'int' }, { name: 'value', type: 'text', cast: 'enum_cinema_talents_role_types' }])
    const CURRENCY: Record<string, string> = { NG: 'NGN', GH: 'GHS', KE: 'KES', ZA: 'ZAR', MA: 'MAD', CM: 'XAF', GA: 'XAF', CG: 'XAF' }
    const cinemaCodes: string[] = []
    const publicCinemaCodes: string[] = []

    await timed('generate', async () => {
      for (let i = 0; i < sizes.talents; i++) {
        const id = i + 1
        const p = person('cinema', i)
        const height = Math.round(r.normal(p.gender === 'F' ? 164 : 175, 8))
        const isPublic = r.next() < 0.7
        const skillNames = p.skills.flatMap((skillId) => [skillById.get(skillId)!.nameFr, skillById.get(skillId)!.nameEn])
        cinema.push(
          id, p.code, p.userId, p.stageName ?? `${p.firstName} ${p.lastName}`,
          normalizeSearchText([p.code, p.firstName, p.lastName, p.stageName, ...skillNames].filter(Boolean).join(' ')).slice(0, 8000),
          p.firstName, p.lastName, p.stageName, p.gender, p.dateOfBirth, ref.nationalities.get(p.country.id) ?? null, phones[i % phones.length], p.country.id, p.city.id,
          height, Math.round(r.normal(p.gender === 'F' ? 62 : 74, 10)), r.pick(['slim', 'athletic', 'average', 'muscular', 'curvy', 'heavy']),
          r.int(0, 25), r.weighted([['available', 70], ['limited', 20], ['unavailable', 10]] as const),
          r.next() < 0.6 ? r.int(10, 500) * 1000 : null, CURRENCY[p.country.iso2] ?? 'XOF', r.next() < 0.6, r.next() < 0.4,
          isPublic, p.createdAt, p.createdAt, p.createdAt, intArray(p.categories), intArray(p.skills), '{}',
        )
        cinemaCodes.push(p.code)
        if (isPublic) publicCinemaCodes.push(p.code)
        p.categories.forEach((categoryId, order) => cinemaRels.push(order + 1, id, 'categories', categoryId, null))
        p.skills.forEach((skillId, order) => cinemaRels.push(order + 1, id, 'skills', null, skillId))
        const levels: number[] = []
        for (const language of languagesOf(p.spoken, true)) {
          cinemaLanguages.push(language.order, id, objectId(), language.languageId, language.level, language.rank)
          for (let k = 1; k <= language.rank; k++) levels.push(language.languageId * 8 + k)
        }
        cinema.data[languageLevelsColumn][cinema.size - 1] = intArray(levels)
        if (isPublic) ['age', 'location', 'physical', 'languages', 'skills', 'filmography'].forEach((part, order) => cinemaParts.push(order + 1, id, part))
        cinemaRoles.push(1, id, r.weighted([['lead', 10], ['supporting', 30], ['extra', 50], ['voice', 5], ['stunt', 5]] as const))
      }
    })

    // ---- main talents
    const talents = table([
      { name: 'id', type: 'int' }, { name: 'code', type: 'text' }, { name: 'user_id', type: 'int' }, { name: 'first_name', type: 'text' }, { name: 'last_name', type: 'text' },
      { name: 'stage_name', type: 'text' }, { name: 'display_name', type: 'text' }, { name: 'gender', type: 'text', cast: 'enum_talents_gender' }, { name: 'date_of_birth', type: 'timestamptz' },
      { name: 'nationality_id', type: 'int' }, { name: 'phone', type: 'text' }, { name: 'country_id', type: 'int' }, { name: 'city_id', type: 'int' },
      { name: 'years_of_experience', type: 'numeric' }, { name: 'experience', type: 'text' }, { name: 'is_public', type: 'bool' }, { name: 'consent_at', type: 'timestamptz' },
      { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
    ])
    const talentRels = table([{ name: 'order', type: 'int' }, { name: 'parent_id', type: 'int' }, { name: 'path', type: 'text' }, { name: 'categories_id', type: 'int' }, { name: 'skills_id', type: 'int' }])
    const talentLanguages = table([
      { name: '_order', type: 'int' }, { name: '_parent_id', type: 'int' }, { name: 'id', type: 'text' }, { name: 'language_id', type: 'int' },
      { name: 'level', type: 'text', cast: 'enum_talents_languages_level' },
    ])
    const talentParts = table([{ name: 'order', type: 'int' }, { name: 'parent_id', type: 'int' }, { name: 'value', type: 'text', cast: 'enum_talents_public_parts' }])
    const talentCodes: string[] = []
    const publicTalentCodes: string[] = []
    await timed('generate talents', async () => {
      for (let i = 0; i < sizes.talents; i++) {
        const id = i + 1
        const p = person('talent', i)
        const isPublic = r.next() < 0.7
        talents.push(
          id, p.code, p.userId, p.firstName, p.lastName, p.stageName, p.stageName ?? `${p.firstName} ${p.lastName}`, p.gender, p.dateOfBirth, ref.nationalities.get(p.country.id) ?? null,
          phones[(i * 7) % phones.length], p.country.id, p.city.id, r.int(0, 25), r.next() < 0.3 ? 'Théâtre, publicités et courts métrages.' : null, isPublic, p.createdAt, p.createdAt, p.createdAt,
        )
        talentCodes.push(p.code)
        if (isPublic) publicTalentCodes.push(p.code)
        p.categories.forEach((categoryId, order) => talentRels.push(order + 1, id, 'categories', categoryId, null))
        p.skills.forEach((skillId, order) => talentRels.push(order + 1, id, 'skills', null, skillId))
        for (const language of languagesOf(p.spoken, true)) talentLanguages.push(language.order, id, objectId(), language.languageId, language.level)
        if (isPublic) ['age', 'nationality', 'location', 'languages', 'skills', 'experience'].forEach((part, order) => talentParts.push(order + 1, id, part))
      }
    })

    await client.query('BEGIN')
    await timed('users', () => insertColumns(client, 'users', users.columns, users.data))
    await timed('users_roles', () => insertColumns(client, 'users_roles', userRoles.columns, userRoles.data))
    await timed('cinema_talents', () => insertColumns(client, 'cinema_talents', cinema.columns, cinema.data))
    await timed('cinema_talents_rels', () => insertColumns(client, 'cinema_talents_rels', cinemaRels.columns, cinemaRels.data))
    await timed('cinema_talents_languages', () => insertColumns(client, 'cinema_talents_languages', cinemaLanguages.columns, cinemaLanguages.data))
    await timed('cinema_talents parts, roles', async () => {
      await insertColumns(client, 'cinema_talents_public_parts', cinemaParts.columns, cinemaParts.data)
      await insertColumns(client, 'cinema_talents_role_types', cinemaRoles.columns, cinemaRoles.data)
    })
    await timed('talents', () => insertColumns(client, 'talents', talents.columns, talents.data))
    await timed('talents_rels, languages, parts', async () => {
      await insertColumns(client, 'talents_rels', talentRels.columns, talentRels.data)
      await insertColumns(client, 'talents_languages', talentLanguages.columns, talentLanguages.data)
      await insertColumns(client, 'talents_public_parts', talentParts.columns, talentParts.data)
    })
    counts.users = users.size
    counts.cinema_talents = cinema.size
    counts.cinema_talents_rels = cinemaRels.size
    counts.cinema_talents_languages = cinemaLanguages.size
    counts.talents = talents.size
    counts.talents_rels = talentRels.size
    counts.talents_languages = talentLanguages.size

    // ---- productions, projects (codes: company code unique, project numbers per production)
    const productions = table([
      { name: 'id', type: 'int' }, { name: 'name', type: 'text' }, { name: 'code', type: 'text' }, { name: 'country_id', type: 'int' },
      { name: 'contact_email', type: 'text' }, { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
    ])
    const productionCountry: Country[] = []
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    for (let i = 0; i < sizes.productions; i++) {
      const country = r.weighted(countryChoices)
      const code = letters[Math.floor(i / 676) % 26] + letters[Math.floor(i / 26) % 26] + letters[i % 26]
      const created = new Date(now - r.int(30, 900) * DAY)
      productions.push(i + 1, `${r.pick(['Studio', 'Films', 'Productions', 'Pictures'])} ${r.pick(LAST_NAMES)} ${code}`, code, country.id, `contact@${code.toLowerCase()}.bench`, created, created)
      productionCountry.push(country)
    }
    const projects = table([
      { name: 'id', type: 'int' }, { name: 'title', type: 'text' }, { name: 'code', type: 'text' }, { name: 'production_id', type: 'int' }, { name: 'type', type: 'text', cast: 'enum_projects_type' },
      { name: 'status', type: 'text', cast: 'enum_projects_status' }, { name: 'start_date', type: 'timestamptz' }, { name: 'end_date', type: 'timestamptz' },
      { name: 'director', type: 'text' }, { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
    ])
    const TYPES = ['FLM', 'SER', 'CRT', 'DOC', 'PUB', 'CLP', 'AUT'] as const
    for (let i = 0; i < sizes.projects; i++) {
      const productionIndex = i % sizes.productions
      const sequence = nextNumber(`project:${productionIndex + 1}`, 999)!
      const country = productionCountry[productionIndex]
      const type = r.pick(TYPES)
      const start = new Date(now - r.int(-60, 400) * DAY)
      // The first project is shooting now: the badge and presence measurements use it.
      const status = i === 0 ? 'shooting' : r.weighted([['development', 10], ['preproduction', 20], ['shooting', 25], ['postproduction', 20], ['completed', 20], ['cancelled', 5]] as const)
      projects.push(i + 1, `${r.pick(['Le', 'La', 'Les'])} ${r.pick(['Retour', 'Saison', 'Promesse', 'Fleuve', 'Lagune', 'Nuit', 'Marché'])} ${i + 1}`,
        `${country.iso2}${productions.data[2][productionIndex]}${type}${String(sequence).padStart(3, '0')}`, productionIndex + 1, type, status,
        start, new Date(start.getTime() + r.int(10, 120) * DAY), `${r.pick(FIRST_NAMES.M)} ${r.pick(LAST_NAMES)}`, start, start)
    }
    await timed('productions, projects', async () => {
      await insertColumns(client, 'productions', productions.columns, productions.data)
      await insertColumns(client, 'projects', projects.columns, projects.data)
    })
    counts.productions = productions.size
    counts.projects = projects.size

    // ---- assignments: the first project has the badge run's 500 people, the rest share the remainder
    const assignments = table([
      { name: 'id', type: 'int' }, { name: 'title', type: 'text' }, { name: 'project_id', type: 'int' }, { name: 'cinema_talent_id', type: 'int' },
      { name: 'kind', type: 'text', cast: 'enum_assignments_kind' }, { name: 'role_name', type: 'text' }, { name: 'status', type: 'text', cast: 'enum_assignments_status' },
      { name: 'fee', type: 'numeric' }, { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
    ])
    const assigned: { project: number; talent: number }[] = []
    const seen = new Set<string>()
    const addAssignment = (project: number, talent: number) => {
      const key = `${project}:${talent}`
      if (seen.has(key)) return false
      seen.add(key)
      const created = new Date(now - r.int(0, 300) * DAY)
      const kind = r.weighted([['cast', 30], ['extra', 50], ['crew', 20]] as const)
      assignments.push(assignments.size + 1, `${cinemaCodes[talent - 1]} — ${project}`, project, talent, kind, kind === 'crew' ? 'Technicien' : r.pick(['Rôle principal', 'Second rôle', 'Figuration', 'Passant']),
        'confirmed', r.int(10, 300) * 1000, created, created)
      assigned.push({ project, talent })
      return true
    }
    for (let i = 0; i < sizes.badgeProjectSize; i++) addAssignment(1, i + 1)
    while (assignments.size < sizes.assignments) addAssignment(r.int(2, sizes.projects), r.int(1, sizes.talents))
    await timed('assignments', () => insertColumns(client, 'assignments', assignments.columns, assignments.data))
    counts.assignments = assignments.size

    // ---- attendances: past days of assigned people, check-in in the morning, out 4–12 h later
    const attendances = table([
      { name: 'title', type: 'text' }, { name: 'cinema_talent_id', type: 'int' }, { name: 'project_id', type: 'int' }, { name: 'check_in_at', type: 'timestamptz' },
      { name: 'check_out_at', type: 'timestamptz' }, { name: 'duration_minutes', type: 'numeric' }, { name: 'method', type: 'text', cast: 'enum_attendances_method' },
      { name: 'check_out_method', type: 'text', cast: 'enum_attendances_check_out_method' }, { name: 'recorded_by_id', type: 'int' }, { name: 'checked_out_by_id', type: 'int' },
      { name: 'client_scan_id', type: 'text' }, { name: 'check_out_scan_id', type: 'text' }, { name: 'last_scan_at', type: 'timestamptz' },
      { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
    ])
    for (let i = 0; i < sizes.attendances; i++) {
      // Project 1 is kept free of past attendance so today's check-ins start clean.
      const { project, talent } = assigned[sizes.badgeProjectSize + (i % (assigned.length - sizes.badgeProjectSize))] ?? assigned[i % assigned.length]
      const checkIn = new Date(now - (2 + Math.floor(i / assigned.length) + r.int(0, 200)) * DAY)
      checkIn.setUTCHours(r.int(6, 9), r.int(0, 59), 0, 0)
      const minutes = r.int(240, 720)
      const checkOut = new Date(checkIn.getTime() + minutes * 60_000)
      attendances.push(`${cinemaCodes[talent - 1]} — ${checkIn.toISOString().slice(0, 10)}`, talent, project, checkIn, checkOut, minutes, 'camera', 'camera', ref.adminId, ref.adminId,
        `bench-in-${i}`, `bench-out-${i}`, checkOut, checkIn, checkOut)
    }
    await timed('attendances', () => insertColumns(client, 'attendances', attendances.columns, attendances.data))
    counts.attendances = attendances.size

    await timed('code_sequences, id sequences', async () => {
      const scopes = [...sequences.entries()]
      await insertColumns(client, 'code_sequences', [{ name: 'scope', type: 'text' }, { name: 'last_value', type: 'int' }], [scopes.map(([scope]) => scope), scopes.map(([, value]) => value)])
      for (const name of ['users', 'cinema_talents', 'talents', 'productions', 'projects', 'assignments', 'attendances', 'cinema_talents_rels', 'talents_rels', 'users_roles']) {
        await client.query(`SELECT setval(pg_get_serial_sequence('"${name}"', 'id'), (SELECT coalesce(max(id), 1) FROM "${name}"))`)
      }
    })
    counts.code_sequences = sequences.size
    await client.query('COMMIT')
    await timed('search arrays check', async () => {
      // The arrays loaded above must be what the triggers compute: recompute them all in a
      // transaction rolled back, and count the rows that would change.
      await client.query('BEGIN')
      await client.query('CREATE TEMP TABLE loaded_arrays ON COMMIT DROP AS SELECT id, search_category_ids, search_skill_ids, search_language_levels FROM cinema_talents')
      await client.query('SELECT cinema_talents_refresh_search_rels(ARRAY(SELECT id FROM cinema_talents)), cinema_talents_refresh_search_languages(ARRAY(SELECT id FROM cinema_talents))')
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM cinema_talents t JOIN loaded_arrays l USING (id)
        WHERE (t.search_category_ids, t.search_skill_ids, t.search_language_levels) IS DISTINCT FROM (l.search_category_ids, l.search_skill_ids, l.search_language_levels)`)
      await client.query('ROLLBACK')
      if (rows[0].n !== 0) throw new Error(`${rows[0].n} profils chargés avec des tableaux de recherche différents de ceux des déclencheurs`)
    })
    await timed('vacuum analyze', () => client.query('VACUUM ANALYZE'))
    const step = (codes: string[], count: number) => Array.from({ length: count }, (_, i) => codes[Math.floor((i * codes.length) / count)])
    return {
      seconds,
      counts,
      badgeProjectId: 1,
      presenceProjectId: 1,
      presenceCodes: cinemaCodes.slice(0, sizes.badgeProjectSize),
      sampleCinemaCodes: step(cinemaCodes, 200),
      sampleTalentCodes: step(talentCodes, 200),
      samplePublicCinemaCodes: step(publicCinemaCodes, 200),
      samplePublicTalentCodes: step(publicTalentCodes, 200),
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
