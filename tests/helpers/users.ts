import type { Payload } from 'payload'

import type { User } from '../../payload-types'

let counter = 0

/** A user with the given roles; talents get a code-shaped username so they can log in by code. */
export async function createUser(
  payload: Payload,
  { roles, code, password = 'Secret-Pass-42' }: { roles: User['roles']; code?: string; password?: string },
): Promise<User & { password: string }> {
  counter += 1
  const email = `user${Date.now()}-${counter}@taalentio.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, roles, name: `Test ${counter}`, ...(code ? { username: code } : {}) },
  })
  return { ...user, password }
}
