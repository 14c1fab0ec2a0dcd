/** Fixed credentials and secrets for test runs (never used outside tests). */
export const TEST_ADMIN = { email: 'admin@taalentio.test', password: 'Admin-Test-2026!' }

export const testEnv = {
  PAYLOAD_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
  ADMIN_EMAIL: TEST_ADMIN.email,
  ADMIN_PASSWORD: TEST_ADMIN.password,
  // `next start` runs in production mode, where a missing key is an error.
  ENCRYPTION_KEY: '7f1c0a9e5b3d4c2a8e6f0b1d3c5a7e9f2b4d6c8a0e1f3b5d7c9a2e4f6b8d0c1a',
  NEXT_TELEMETRY_DISABLED: '1',
}
