import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

export type FirstAdminResult =
  | { status: 'exists' }
  | { status: 'created-from-env'; email: string }
  | { status: 'generated'; email: string; password: string }
  | { status: 'missing' }

const DEV_ADMIN_EMAIL = 'admin@taalentio.local'

/**
 * The platform needs one administrator to be usable. It comes from ADMIN_EMAIL and
 * ADMIN_PASSWORD; in development, without them, one is generated once and its
 * credentials printed once (the next start finds it and prints nothing).
 */
export async function ensureFirstAdmin(payload: Payload, env = process.env): Promise<FirstAdminResult> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { roles: { contains: 'admin' } } })
  if (totalDocs > 0) return { status: 'exists' }

  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    await payload.create({
      collection: 'users',
      data: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, roles: ['admin'], name: 'Administrateur' },
    })
    payload.logger.info(`Premier administrateur créé : ${env.ADMIN_EMAIL} (ADMIN_EMAIL)`)
    return { status: 'created-from-env', email: env.ADMIN_EMAIL }
  }

  if (env.NODE_ENV === 'production') {
    payload.logger.warn('Aucun administrateur : définissez ADMIN_EMAIL et ADMIN_PASSWORD puis redémarrez.')
    return { status: 'missing' }
  }

  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email: DEV_ADMIN_EMAIL, password, roles: ['admin'], name: 'Administrateur' },
  })
  const banner = '═'.repeat(64)
  // Printed once, on purpose: the password is not stored anywhere else.
  console.log(
    `\n${banner}\n  Administrateur de développement créé — notez ces identifiants :\n` +
      `  e-mail : ${DEV_ADMIN_EMAIL}\n  mot de passe : ${password}\n  (ils ne seront plus affichés)\n${banner}\n`,
  )
  return { status: 'generated', email: DEV_ADMIN_EMAIL, password }
}
