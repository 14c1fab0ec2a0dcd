import { describe, expect, it } from 'vitest'

import { buildCategories } from '@/reference-data/categories'
import { buildCountries } from '@/reference-data/countries'
import { EXPECTED_ROW_COUNTS } from '@/reference-data/expectedRowCounts'
import { buildLanguages } from '@/reference-data/languages'
import { buildNationalities } from '@/reference-data/nationalities'
import { buildSkills } from '@/reference-data/skills'

describe('languages', () => {
  const languages = buildLanguages()
  const byCode = new Map(languages.map((language) => [language.code, language]))

  it.each([
    ['wo', 'Wolof'],
    ['bm', 'Bambara'],
    ['ln', 'Lingala'],
    ['sw', 'Swahili'],
    ['ha', 'Haoussa'],
    ['yo', 'Yoruba'],
    ['ig', 'Igbo'],
    ['dyu', 'Dioula'],
    ['fon', 'Fon'],
    ['ee', 'Ewe'],
    ['am', 'Amharique'],
    ['zu', 'Zoulou'],
    ['mos', 'Mooré'],
    ['bci', 'Baoulé'],
  ])('includes %s (%s) as an African language', (code, nameFr) => {
    expect(byCode.get(code)).toMatchObject({ nameFr, isAfrican: true })
  })

  it('keeps every ISO 639-1 language, named in French and English', () => {
    expect(byCode.get('fr')).toMatchObject({ nameFr: 'Français', nameEn: 'French', isAfrican: false })
    expect(byCode.get('ar')).toMatchObject({ nameFr: 'Arabe', nameEn: 'Arabic' })
    expect(languages.filter((language) => language.code.length === 2).length).toBeGreaterThanOrEqual(180)
    for (const language of languages) {
      expect(language.code).toMatch(/^[a-z]{2,3}$/)
      expect(language.nameFr.charAt(0)).toBe(language.nameFr.charAt(0).toUpperCase())
      expect(language.nameEn).not.toBe('')
    }
  })

  it('has unique codes and lists African languages first', () => {
    expect(byCode.size).toBe(languages.length)
    const firstOther = languages.findIndex((language) => !language.isAfrican)
    expect(languages.slice(firstOther).every((language) => !language.isAfrican)).toBe(true)
    expect(languages.map((language) => language.sortOrder)).toEqual(languages.map((_, index) => index + 1))
  })
})

describe('categories', () => {
  const categories = buildCategories()

  it('includes the trades listed in the specification, in inclusive French', () => {
    const names = categories.map((category) => category.nameFr)
    for (const name of [
      'Acteur·rice',
      'Figurant·e',
      'Réalisateur·rice',
      'Chef·fe opérateur·rice',
      'Ingénieur·e du son',
      'Maquilleur·se',
      'Costumier·ère',
      'Scénariste',
      'Monteur·se',
      'Mannequin',
      'Musicien·ne',
      'Danseur·se',
      'Chanteur·se',
      'Humoriste',
      'Cascadeur·se',
    ]) {
      expect(names).toContain(name)
    }
  })

  it('has unique slugs and English names', () => {
    expect(new Set(categories.map((category) => category.slug)).size).toBe(categories.length)
    for (const category of categories) {
      expect(category.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(category.nameEn).not.toBe('')
    }
  })
})

describe('skills', () => {
  const skills = buildSkills()

  it('covers singing, dance, martial arts, driving, riding, swimming, instruments and accents', () => {
    const slugs = skills.map((skill) => skill.slug)
    const expected = ['chant', 'coupe-decale', 'karate', 'permis-b', 'equitation', 'natation', 'djembe']
    for (const slug of [...expected, 'accent-ivoirien', 'cascade-chute']) expect(slugs).toContain(slug)
    expect(new Set(skills.map((skill) => skill.group)).size).toBeGreaterThanOrEqual(6)
  })

  it('has unique slugs', () => {
    expect(new Set(skills.map((skill) => skill.slug)).size).toBe(skills.length)
  })
})

describe('expected row counts', () => {
  it('match what the builders produce (update expectedRowCounts.ts after a package update)', () => {
    expect({
      countries: buildCountries().length,
      nationalities: buildNationalities().length,
      languages: buildLanguages().length,
      categories: buildCategories().length,
      skills: buildSkills().length,
    }).toEqual({
      countries: EXPECTED_ROW_COUNTS.countries,
      nationalities: EXPECTED_ROW_COUNTS.nationalities,
      languages: EXPECTED_ROW_COUNTS.languages,
      categories: EXPECTED_ROW_COUNTS.categories,
      skills: EXPECTED_ROW_COUNTS.skills,
    })
  })
})
