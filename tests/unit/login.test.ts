import { describe, expect, it } from 'vitest'

import { destinationAfterLogin, safeNextPath } from '@/auth/destinationAfterLogin'
import { loginFailureReason, loginRequestBody } from '@/auth/loginFailureReason'

describe('loginRequestBody', () => {
  it('sends an email as email and anything else as the username (the unique code)', () => {
    expect(loginRequestBody(' awa@example.com ', 'pw')).toEqual({ email: 'awa@example.com', password: 'pw' })
    expect(loginRequestBody('CIF0001ABJ', 'pw')).toEqual({ username: 'CIF0001ABJ', password: 'pw' })
  })
})

describe('loginFailureReason', () => {
  it('reads wrong credentials', () => {
    const body = { errors: [{ message: 'The email or password provided is incorrect.' }] }
    expect(loginFailureReason(401, body)).toBe('invalid')
  })

  it('reads a locked account, in French or English, although Payload answers 401', () => {
    expect(
      loginFailureReason(401, {
        errors: [{ message: 'Cet utilisateur est verrouillé en raison d’un trop grand nombre de tentatives de connexion infructueuses.' }],
      }),
    ).toBe('locked')
    expect(
      loginFailureReason(401, {
        errors: [{ message: 'This user is locked due to having too many failed login attempts.' }],
      }),
    ).toBe('locked')
  })

  it('reads per-address throttling (429)', () => {
    expect(loginFailureReason(429, { errors: [{ message: 'Trop de tentatives' }] })).toBe('locked')
  })

  it('reads an unverified email (403) and anything else as unknown', () => {
    expect(loginFailureReason(403, null)).toBe('unverified')
    expect(loginFailureReason(500, null)).toBe('unknown')
  })
})

describe('destinationAfterLogin', () => {
  it('sends each role to its home', () => {
    expect(destinationAfterLogin({ roles: ['admin'] })).toBe('/admin')
    expect(destinationAfterLogin({ roles: ['seo'] })).toBe('/admin')
    expect(destinationAfterLogin({ roles: ['presence'] })).toBe('/presence')
    expect(destinationAfterLogin({ roles: ['talent'] })).toBe('/mon-espace')
    expect(destinationAfterLogin({ roles: ['talent', 'presence'] })).toBe('/presence')
    expect(destinationAfterLogin({ roles: [] })).toBe('/')
  })

  it('honours a same-site ?next= path', () => {
    expect(destinationAfterLogin({ roles: ['talent'] }, '/contrats?id=3')).toBe('/contrats?id=3')
  })

  it('refuses a ?next= that leaves the site', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'evil', '', undefined, ['/x']]) {
      expect(safeNextPath(next)).toBeNull()
      expect(destinationAfterLogin({ roles: ['talent'] }, next)).toBe('/mon-espace')
    }
  })
})
