import { describe, expect, it } from 'vitest'

import { addDays, asWallClockDate, dayOf, dayRange, daysBetween, isDay, presenceTimeZone, startOfDay } from '@/presence/days'
import { attendanceDurationMinutes, formatMinutes } from '@/presence/duration'
import { debounceSeconds, scanInstant } from '@/presence/recordScan'
import { parseScannedCode } from '@/presence/scannedCode'

describe('parseScannedCode', () => {
  it('reads cinema and main talent codes in any case, spaces trimmed', () => {
    expect(parseScannedCode('CIABJ00001F')).toEqual({ kind: 'cinema', code: 'CIABJ00001F' })
    expect(parseScannedCode('  ciabj00001f \n')).toEqual({ kind: 'cinema', code: 'CIABJ00001F' })
    expect(parseScannedCode('cif0001abj')).toEqual({ kind: 'talent', code: 'CIF0001ABJ' })
  })

  it('reads the last path segment of a badge URL, whatever the host, query or trailing slash', () => {
    expect(parseScannedCode('https://taalentio.com/cinema/profile/CIABJ00001F')).toEqual({ kind: 'cinema', code: 'CIABJ00001F' })
    expect(parseScannedCode('http://127.0.0.1:3000/cinema/profile/ciabj00001f/?utm=badge#top')).toEqual({ kind: 'cinema', code: 'CIABJ00001F' })
    expect(parseScannedCode('taalentio.com/talents/CIF0001ABJ')).toEqual({ kind: 'talent', code: 'CIF0001ABJ' })
  })

  it('refuses anything else', () => {
    for (const text of ['', '   ', 'hello', 'CIABJ00000F', 'CIAKAFLM001', 'https://x.org/cinema/profile/%E0%A4%A', 'https://x.org/', 'x'.repeat(600)]) {
      expect(parseScannedCode(text)).toBeNull()
    }
    expect(parseScannedCode(42 as unknown as string)).toBeNull()
  })
})

describe('durations', () => {
  it('counts whole minutes from arrival to departure, none while open', () => {
    expect(attendanceDurationMinutes('2026-11-20T08:00:00Z', '2026-11-20T16:30:00Z')).toBe(510)
    expect(attendanceDurationMinutes('2026-11-20T08:00:00Z', '2026-11-20T08:00:29Z')).toBe(0)
    expect(attendanceDurationMinutes('2026-11-20T08:00:00Z', '2026-11-20T08:00:30Z')).toBe(1)
    expect(attendanceDurationMinutes('2026-11-20T08:00:00Z', null)).toBeNull()
    expect(attendanceDurationMinutes('2026-11-20T08:00:00Z', '2026-11-20T07:00:00Z')).toBe(0)
    expect(formatMinutes(510)).toBe('8 h 30')
    expect(formatMinutes(45)).toBe('0 h 45')
  })
})

describe('days of the set', () => {
  it('defaults to Abidjan (UTC) and ignores an unknown zone', () => {
    expect(presenceTimeZone({})).toBe('Africa/Abidjan')
    expect(presenceTimeZone({ PRESENCE_TIME_ZONE: 'Mars/Olympus' })).toBe('Africa/Abidjan')
    expect(presenceTimeZone({ PRESENCE_TIME_ZONE: 'Africa/Nairobi' })).toBe('Africa/Nairobi')
  })

  it('cuts days at local midnight, across daylight saving too', () => {
    expect(startOfDay('2026-11-16', 'Africa/Abidjan').toISOString()).toBe('2026-11-16T00:00:00.000Z')
    expect(startOfDay('2026-11-16', 'Africa/Nairobi').toISOString()).toBe('2026-11-15T21:00:00.000Z')
    expect(startOfDay('2026-03-29', 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(startOfDay('2026-03-30', 'Europe/Paris').toISOString()).toBe('2026-03-29T22:00:00.000Z')
    expect(dayOf(new Date('2026-11-15T21:30:00Z'), 'Africa/Nairobi')).toBe('2026-11-16')
    expect(dayRange('2026-11-16', '2026-11-17', 'Africa/Abidjan')).toEqual({ start: new Date('2026-11-16T00:00:00Z'), end: new Date('2026-11-18T00:00:00Z') })
    expect(asWallClockDate(new Date('2026-11-16T08:00:00Z'), 'Africa/Nairobi')).toEqual(new Date('2026-11-16T11:00:00Z'))
  })

  it('checks and counts calendar days', () => {
    expect(isDay('2026-02-28')).toBe(true)
    expect(isDay('2026-02-29')).toBe(false)
    expect(isDay('2026-2-28')).toBe(false)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(daysBetween('2026-11-16', '2026-11-17')).toBe(1)
  })
})

describe('scan time and debounce window', () => {
  const now = new Date('2026-11-20T10:00:00Z')
  it('trusts the device clock unless it is ahead by more than two minutes', () => {
    expect(scanInstant('2026-11-20T09:00:00Z', now)).toEqual(new Date('2026-11-20T09:00:00Z'))
    expect(scanInstant('2026-11-20T10:01:00Z', now)).toEqual(new Date('2026-11-20T10:01:00Z'))
    expect(scanInstant('2026-11-20T10:05:00Z', now)).toEqual(now)
  })

  it('reads PRESENCE_DEBOUNCE_SECONDS, 60 by default, 0 allowed', () => {
    expect(debounceSeconds({})).toBe(60)
    expect(debounceSeconds({ PRESENCE_DEBOUNCE_SECONDS: '0' })).toBe(0)
    expect(debounceSeconds({ PRESENCE_DEBOUNCE_SECONDS: '15' })).toBe(15)
    expect(debounceSeconds({ PRESENCE_DEBOUNCE_SECONDS: 'soon' })).toBe(60)
    expect(debounceSeconds({ PRESENCE_DEBOUNCE_SECONDS: '-5' })).toBe(60)
  })
})

describe('presence messages', () => {
  const keysOf = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`)) : [prefix]

  it('has the same keys in French and English, none empty', async () => {
    const { presenceMessages } = await import('@/i18n/messages/presence')
    expect(keysOf(presenceMessages.en)).toEqual(keysOf(presenceMessages.fr))
    const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(texts))
    expect(texts(presenceMessages.fr).every((text) => text.trim().length > 0)).toBe(true)
    expect(texts(presenceMessages.en).every((text) => text.trim().length > 0)).toBe(true)
  })
})
