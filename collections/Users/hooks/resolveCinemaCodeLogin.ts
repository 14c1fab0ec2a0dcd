import type { CollectionBeforeOperationHook } from 'payload'

import { normalizeCode, parseCinemaCode } from '@/codes/formats'

/**
 * A person holding a talent and a cinema profile has one account, whose username is the code
 * issued first. So that either code signs in, a cinema code that is not the username is
 * turned into the account's email before Payload checks the password.
 */
export const resolveCinemaCodeLogin: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = args.data as { username?: string; email?: string; password?: string } | undefined
  const typed = data?.username
  if (!typed || !parseCinemaCode(typed)) return args
  const code = normalizeCode(typed)
  const { docs } = await req.payload.find({
    collection: 'cinema-talents',
    where: { code: { equals: code } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const user = docs[0]?.user
  if (!user || typeof user !== 'object' || user.username?.toUpperCase() === code) return args
  return { ...args, data: { email: user.email, password: data.password } }
}
