import { describe, expect, it } from 'vitest'

import { cinemaTalentColumns } from '@/exports/cinemaTalentExport'
import { canExportTalents, exportIncludesPrivateFields } from '@/exports/exportAccess'
import { exportFileName } from '@/exports/exportResponse'
import { csvField } from '@/exports/exportTable'
import { ageOn } from '@/exports/profileColumns'
import { talentColumns } from '@/exports/talentExport'
import { exportMessages } from '@/i18n/messages/exports'

const PRIVATE_KEYS = ['phone', 'whatsapp', 'address', 'idDocumentNumber', 'emergencyContact', 'rate', 'rateCurrency', 'rateUnit']

describe('export rules', () => {
  it('admin and seo may export; presence, talents and visitors may not; private fields for admins only', () => {
    expect(canExportTalents({ roles: ['admin'] })).toBe(true)
    expect(canExportTalents({ roles: ['seo'] })).toBe(true)
    expect(canExportTalents({ roles: ['presence'] })).toBe(false)
    expect(canExportTalents({ roles: ['talent'] })).toBe(false)
    expect(canExportTalents(null)).toBe(false)
    expect(exportIncludesPrivateFields({ roles: ['admin'] })).toBe(true)
    expect(exportIncludesPrivateFields({ roles: ['seo'] })).toBe(false)
  })

  it('columns: private ones only when asked', () => {
    const keys = (columns: { key: string }[]) => columns.map((column) => column.key)
    expect(keys(cinemaTalentColumns('fr', false))).not.toEqual(expect.arrayContaining(['phone']))
    for (const key of PRIVATE_KEYS) expect(keys(cinemaTalentColumns('fr', false))).not.toContain(key)
    expect(keys(cinemaTalentColumns('fr', true))).toEqual(expect.arrayContaining(PRIVATE_KEYS))
    for (const key of PRIVATE_KEYS.slice(0, 5)) expect(keys(talentColumns('en', false))).not.toContain(key)
    expect(keys(talentColumns('en', true))).toEqual(expect.arrayContaining(PRIVATE_KEYS.slice(0, 5)))
  })

  it('CSV fields: quoted when needed, formulas neutralised, phone numbers kept, dates as days', () => {
    expect(csvField('Koné')).toBe('Koné')
    expect(csvField('Abidjan, Cocody')).toBe('"Abidjan, Cocody"')
    expect(csvField('Il a dit "action"')).toBe('"Il a dit ""action"""')
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"')
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('+225 07 11 22 33')).toBe('+225 07 11 22 33')
    expect(csvField(null)).toBe('')
    expect(csvField(182)).toBe('182')
    expect(csvField(new Date('1994-03-12T00:00:00.000Z'))).toBe('1994-03-12')
  })

  it('file names and ages', () => {
    const day = new Date('2026-11-25T10:00:00Z')
    expect(exportFileName('cinema-talents', 'xlsx', day)).toBe('talents-cinema-2026-11-25.xlsx')
    expect(exportFileName('talents', 'csv', day)).toBe('talents-2026-11-25.csv')
    expect(ageOn('1994-11-25', day)).toBe(32)
    expect(ageOn('1994-11-26', day)).toBe(31)
    expect(ageOn(null, day)).toBeNull()
  })

  it('messages: English has the same keys as French', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`)) : [prefix]
    expect(keys(exportMessages.en)).toEqual(keys(exportMessages.fr))
  })
})
