/** Fixed credentials and secrets for test runs (never used outside tests). */
export const TEST_ADMIN = { email: 'admin@taalentio.test', password: 'Admin-Test-2026!' }

export const testEnv = {
  PAYLOAD_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
  ADMIN_EMAIL: TEST_ADMIN.email,
  ADMIN_PASSWORD: TEST_ADMIN.password,
  NEXT_TELEMETRY_DISABLED: '1',
}
