import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf, ROLES } from '@/access'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { resolveCinemaCodeLogin } from './hooks/resolveCinemaCodeLogin'
import { refuseLastAdminDeletion, refuseLastAdminDemotion } from './hooks/keepOneAdmin'
import { countFailedLoginByIp, refuseThrottledIp } from './hooks/throttleLoginByIp'
import {
  logAccountChanges,
  logAccountDeletion,
  logLogin,
  logLogout,
  logPasswordReset,
  logRefusedLogin,
  rememberLoginForLog,
} from './hooks/logUserEvents'
import { passwordResetEmailHTML, passwordResetEmailSubject } from './passwordResetEmail'

const roleLabels = {
  admin: { fr: 'Administrateur', en: 'Administrator' },
  seo: { fr: 'SEO', en: 'SEO' },
  presence: { fr: 'Présence (tournage)', en: 'Attendance (on set)' },
  talent: { fr: 'Talent', en: 'Talent' },
} as const

/**
 * Every person who can sign in. Login is by email or by unique code: Payload's
 * `loginWithUsername` stores the code as the (lower-cased) username and accepts either.
 */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { fr: 'Utilisateur', en: 'User' },
    plural: { fr: 'Utilisateurs', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'username', 'name', 'roles', 'updatedAt'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  auth: {
    loginWithUsername: { allowEmailLogin: true, requireEmail: true, requireUsername: false },
    maxLoginAttempts: Number(process.env.LOGIN_MAX_ATTEMPTS ?? 5),
    lockTime: Number(process.env.LOGIN_LOCK_MINUTES ?? 10) * 60_000,
    tokenExpiration: 60 * 60 * 8,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
    forgotPassword: { generateEmailHTML: passwordResetEmailHTML, generateEmailSubject: passwordResetEmailSubject },
  },
  access: {
    // Public registration creates talent accounts through its own endpoint (issued codes,
    // consent…), never through this collection's REST create.
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user?.roles?.some((role) => role !== 'talent')),
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [rememberLoginForLog, refuseThrottledIp, resolveCinemaCodeLogin, enforcePasswordPolicy],
    beforeChange: [refuseLastAdminDemotion],
    beforeDelete: [refuseLastAdminDeletion],
    afterChange: [logAccountChanges],
    afterDelete: [logAccountDeletion],
    afterLogin: [logLogin],
    afterLogout: [logLogout],
    afterOperation: [logPasswordReset],
    afterError: [countFailedLoginByIp, logRefusedLogin],
  },
  fields: [
    {
      // Overrides Payload's built-in username field: it holds the person's unique code.
      name: 'username',
      type: 'text',
      label: { fr: 'Code unique', en: 'Unique code' },
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          fr: 'Identifiant de connexion attribué avec le profil (ex. CIF0001ABJ). Ne change jamais.',
          en: 'Login identifier issued with the profile (e.g. CIF0001ABJ). Never changes.',
        },
      },
    },
    {
      name: 'name',
      type: 'text',
      label: { fr: 'Nom complet', en: 'Full name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['talent'],
      saveToJWT: true,
      index: true,
      label: { fr: 'Rôles', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      defaultValue: 'fr',
      label: { fr: 'Langue préférée', en: 'Preferred language' },
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ],
    },
  ],
  timestamps: true,
}
