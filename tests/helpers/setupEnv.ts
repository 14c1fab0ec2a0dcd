import { inject } from 'vitest'

import { testEnv } from './testEnv'

// Runs in each test worker before any test file imports payload.config.ts.
Object.assign(process.env, testEnv, { DATABASE_URL: inject('databaseUrl') })
