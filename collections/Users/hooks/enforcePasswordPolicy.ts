import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { MIN_PASSWORD_LENGTH } from '@/auth/passwordPolicy'

const TOO_SHORT = {
  fr: `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`,
  en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
}

/** Every way of choosing a password (account creation, change, reset link) meets the same minimum. */
export const enforcePasswordPolicy: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password === 'string' && [...password].length < MIN_PASSWORD_LENGTH) {
    const message = TOO_SHORT[req.i18n?.language === 'en' ? 'en' : 'fr']
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }] }, req.t)
  }
  return args
}
