import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { LOGIN_THROTTLE, loginThrottleStore } from '@/auth/loginThrottle'
import { ensureFirstAdmin } from '@/auth/ensureFirstAdmin'
import config from '../../payload.config'
import { getTestPayload } from '../helpers/payload'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

let payload: Payload

/** Calls Payload's real REST route handler, as Next would for /api/users/login. */
async function restLogin(body: Record<string, string>, ip: string) {
  const request = new Request('http://localhost/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  return { status: response.status, body: (await response.json()) as { token?: string; message?: string; errors?: { message: string }[] } }
}

beforeAll(async () => {
  payload = await getTestPayload()
})

beforeEach(async () => {
  await loginThrottleStore.reset()
})

describe('first administrator', () => {
  it('comes from ADMIN_EMAIL / ADMIN_PASSWORD and is not created twice', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } } })
    expect(docs.map((user) => user.roles)).toEqual([['admin']])
    expect(await ensureFirstAdmin(payload)).toEqual({ status: 'exists' })
    const admins = await payload.count({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } } })
    expect(admins.totalDocs).toBe(1)
  })

  it('cannot lose its admin role while it is the only admin', async () => {
    const [admin] = (await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } } })).docs
    // Other test files may have made admins: leave the test admin as the only one.
    await payload.update({
      collection: 'users',
      where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: admin.id } }] },
      data: { roles: ['talent'] },
    })
    await expect(payload.update({ collection: 'users', id: admin.id, data: { roles: ['talent'] } })).rejects.toThrow(
      /au moins un administrateur|administrator must remain/,
    )
    await expect(payload.delete({ collection: 'users', id: admin.id })).rejects.toThrow()
    const after = await payload.findByID({ collection: 'users', id: admin.id })
    expect(after.roles).toEqual(['admin'])
  })
})

describe('login', () => {
  it('accepts the email or the unique code, in any case', async () => {
    const talent = await createUser(payload, { roles: ['talent'], code: 'ZZF0001TST' })
    const byEmail = await payload.login({ collection: 'users', data: { email: talent.email, password: talent.password } })
    expect(byEmail.user?.id).toBe(talent.id)
    const byCode = await payload.login({ collection: 'users', data: { username: 'ZZF0001TST', password: talent.password } })
    expect(byCode.user?.id).toBe(talent.id)
    expect(byCode.token).toBeTruthy()
  })

  it('refuses a wrong password and locks the account after repeated failures', async () => {
    const talent = await createUser(payload, { roles: ['talent'], code: 'ZZM0002TST' })
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        payload.login({ collection: 'users', data: { email: talent.email, password: 'wrong-password' } }),
      ).rejects.toThrow()
    }
    // Locked now: even the right password is refused until lockTime has passed.
    await expect(
      payload.login({ collection: 'users', data: { email: talent.email, password: talent.password } }),
    ).rejects.toThrow(/verrouill|locked/i)
  })

  it('throttles an address after too many failures over the REST API, whatever the account', async () => {
    const victim = await createUser(payload, { roles: ['talent'] })
    const attacker = '203.0.113.7'
    for (let attempt = 0; attempt < LOGIN_THROTTLE.maxFailuresPerIp; attempt++) {
      const { status } = await restLogin({ email: `nobody${attempt}@taalentio.test`, password: 'x' }, attacker)
      expect(status).toBe(401)
    }
    const blocked = await restLogin({ email: victim.email, password: victim.password }, attacker)
    expect(blocked.status).toBe(429)
    expect(blocked.body.errors?.[0]?.message).toMatch(/Trop de tentatives/)

    // Another address is not affected, and can log in.
    const other = await restLogin({ email: victim.email, password: victim.password }, '198.51.100.20')
    expect(other.status).toBe(200)
    expect(other.body.token).toBeTruthy()
  })
})

describe('password policy', () => {
  it('refuses a password shorter than 10 characters on creation, change and reset', async () => {
    const tooShort = { data: { errors: [{ path: 'password', message: 'Le mot de passe doit contenir au moins 10 caractères.' }] } }
    await expect(
      payload.create({ collection: 'users', data: { email: `short${Date.now()}@taalentio.test`, password: 'court', roles: ['talent'] } }),
    ).rejects.toMatchObject(tooShort)
    const talent = await createUser(payload, { roles: ['talent'] })
    await expect(payload.update({ collection: 'users', id: talent.id, data: { password: 'abc' } })).rejects.toMatchObject(tooShort)
    const token = await payload.forgotPassword({ collection: 'users', data: { email: talent.email }, disableEmail: true })
    await expect(
      payload.resetPassword({ collection: 'users', data: { token: String(token), password: 'abc' }, overrideAccess: true }),
    ).rejects.toMatchObject(tooShort)
    const login = await payload.login({ collection: 'users', data: { email: talent.email, password: talent.password } })
    expect(login.user?.id).toBe(talent.id)
  })
})

describe('forgotten password', () => {
  it('emails a branded one-time link to the public set-password page, in the person’s language', async () => {
    const talent = await createUser(payload, { roles: ['talent'] })
    await payload.update({ collection: 'users', id: talent.id, data: { preferredLanguage: 'en' } })
    await payload.forgotPassword({ collection: 'users', data: { email: talent.email } })
    const { docs: [email] } = await payload.find({ collection: 'outbox', where: { to: { contains: talent.email } } })
    expect(email.subject).toMatch(/password/i)
    expect(email.html).toMatch(/\/definir-mot-de-passe\?token=[0-9a-f]+/)
    expect(email.html).toContain('/logo.png')
  })
})

describe('access to users', () => {
  it('a talent sees only their own user, through the Local API and REST', async () => {
    const talent = await createUser(payload, { roles: ['talent'] })
    await createUser(payload, { roles: ['talent'] })

    const local = await payload.find({ collection: 'users', overrideAccess: false, user: talent })
    expect(local.docs.map((user) => user.id)).toEqual([talent.id])

    const { token } = await payload.login({ collection: 'users', data: { email: talent.email, password: talent.password } })
    const response = await REST_GET(config)(
      new Request('http://localhost/api/users?limit=100', { headers: { Authorization: `JWT ${token}` } }),
      { params: Promise.resolve({ slug: ['users'] }) },
    )
    const body = (await response.json()) as { docs: { id: number }[] }
    expect(body.docs.map((user) => user.id)).toEqual([talent.id])
  })

  it('anonymous visitors cannot list users', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })

  it('a talent cannot give themself a role, nor open the admin panel', async () => {
    const talent = await createUser(payload, { roles: ['talent'] })
    const updated = await payload.update({
      collection: 'users',
      id: talent.id,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user: talent,
    })
    expect(updated.roles).toEqual(['talent'])
    const users = payload.collections.users.config
    expect(await users.access.admin?.({ req: { user: { ...talent, collection: 'users' } } } as never)).toBe(false)
  })

  it('an admin can list every user and change roles', async () => {
    const [admin] = (await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } } })).docs
    const talent = await createUser(payload, { roles: ['talent'] })
    const all = await payload.find({ collection: 'users', overrideAccess: false, user: admin, limit: 0 })
    expect(all.totalDocs).toBeGreaterThan(2)
    const promoted = await payload.update({
      collection: 'users',
      id: talent.id,
      data: { roles: ['presence'] },
      overrideAccess: false,
      user: admin,
    })
    expect(promoted.roles).toEqual(['presence'])
  })
})
