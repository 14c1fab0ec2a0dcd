import { describe, expect, it } from 'vitest'

import { contractFiltersQuery, contractListWhere, parseContractFilters } from '@/components/contracts/contractListFilters'
import { actionsFor, apiErrorOf, contractParty, formatDay, formatMoney, toContractView, type ContractDoc } from '@/components/contracts/contractModel'
import { contractMessages } from '@/i18n/messages/contracts'

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`)) : [prefix]

describe('contract pages: texts', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(keys(contractMessages.en)).toEqual(keys(contractMessages.fr))
    for (const locale of ['fr', 'en'] as const) {
      const empty = keys(contractMessages[locale]).filter((path) => {
        const value = path.split('.').filter(Boolean).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], contractMessages[locale])
        return typeof value !== 'string' || !value.trim()
      })
      expect(empty).toEqual([])
    }
  })
})

describe('contract list filters', () => {
  it('reads the query string, dropping what is not a filter', () => {
    const { filters, invalidDates } = parseContractFilters({ q: '  Koné ', status: 'signed', project: '12', from: '2026-01-01', to: '2026-13-45', page: '3' })
    expect(filters).toEqual({ q: 'Koné', status: 'signed', project: 12, from: '2026-01-01', to: undefined, page: 3 })
    expect(invalidDates).toBe(true)
    expect(parseContractFilters({ status: 'bogus', project: '-1', page: '0' }).filters).toEqual({ q: undefined, status: undefined, project: undefined, from: undefined, to: undefined, page: 1 })
  })

  it('writes them back, page 1 and empty values left out', () => {
    const { filters } = parseContractFilters({ q: 'CTR-2026', status: 'sent', page: '2' })
    expect(contractFiltersQuery(filters)).toBe('q=CTR-2026&status=sent&page=2')
    expect(contractFiltersQuery(filters, { page: 1 })).toBe('q=CTR-2026&status=sent')
  })

  it('filters on the kind always, the project only for cinema, and the period by overlap', () => {
    const { filters } = parseContractFilters({ q: 'TAL-CI', status: 'draft', project: '4', from: '2026-02-01', to: '2026-02-28' })
    const talent = contractListWhere('talent', filters)
    expect(talent.and).toContainEqual({ kind: { equals: 'talent' } })
    expect(talent.and).toContainEqual({ status: { equals: 'draft' } })
    expect(JSON.stringify(talent)).not.toContain('"project"')
    expect(talent.and).toContainEqual({ or: [{ reference: { like: 'TAL-CI' } }, { title: { like: 'TAL-CI' } }, { partyName: { like: 'TAL-CI' } }, { partyCode: { like: 'TAL-CI' } }] })
    expect(talent.and).toContainEqual({ or: [{ endDate: { greater_than_equal: '2026-02-01T00:00:00.000Z' } }, { endDate: { exists: false } }] })
    expect(talent.and).toContainEqual({ or: [{ startDate: { less_than_equal: '2026-02-28T23:59:59.999Z' } }, { startDate: { exists: false } }] })
    expect(contractListWhere('cinema', filters).and).toContainEqual({ project: { equals: 4 } })
  })
})

describe('contract model', () => {
  it('offers each staff action only in the statuses the server accepts', () => {
    expect(actionsFor('draft')).toEqual(['send', 'cancel'])
    expect(actionsFor('sent')).toEqual(['remind', 'cancel'])
    expect(actionsFor('viewed')).toEqual(['remind', 'cancel'])
    for (const status of ['signed', 'declined', 'expired', 'cancelled'] as const) expect(actionsFor(status)).toEqual(['archive'])
    expect(actionsFor('archived')).toEqual([])
  })

  it('formats money and days for the reader, a day never shifting with the time zone', () => {
    expect(formatMoney('fr', 250000, 'XOF')?.replace(/\s/g, ' ')).toBe('250 000 F CFA')
    expect(formatMoney('en', 1200.5, 'EUR')).toBe('€1,200.50')
    expect(formatMoney('fr', null, 'XOF')).toBeNull()
    expect(formatDay('fr', '2026-03-01T00:00:00.000Z')).toBe('1 mars 2026')
  })

  it('names the party from the recorded snapshot first, then the profile', () => {
    const base = { id: 1, status: 'draft', template: 1, updatedAt: '', createdAt: '' } as ContractDoc
    expect(contractParty({ ...base, kind: 'talent', partyName: 'Aïcha Koné', partyCode: 'TAL-1', talent: 3 })).toEqual({ id: '3', name: 'Aïcha Koné', code: 'TAL-1' })
    const cinema = { ...base, kind: 'cinema', cinemaTalent: { id: 9, firstName: 'Ɛsi', lastName: 'Mɛnsah', code: 'CIN-9' } } as unknown as ContractDoc
    expect(contractParty(cinema)).toEqual({ id: '9', name: 'Ɛsi Mɛnsah', code: 'CIN-9' })
    expect(toContractView({ ...base, reference: 'CTR-2026-000001', status: 'bogus' as never }, 'fr')).toMatchObject({ reference: 'CTR-2026-000001', status: 'draft', kind: 'talent' })
  })

  it('reads both error shapes: the contracts endpoints’ and Payload’s', () => {
    expect(apiErrorOf({ error: { code: 'link_used', message: 'Déjà utilisé' } })).toEqual({ code: 'link_used', message: 'Déjà utilisé' })
    expect(apiErrorOf({ errors: [{ message: 'The following field is invalid: amount', data: { errors: [{ message: 'Montant invalide' }] } }] })).toEqual({ code: null, message: 'Montant invalide' })
    expect(apiErrorOf(null)).toEqual({ code: null, message: null })
  })
})
