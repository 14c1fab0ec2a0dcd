import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // In CI only, a failed test gets a second try: a test failing twice still fails the run, and
    // .ci/run names every test that needed the second try, with its first error.
    retry: process.env.CI ? 1 : 0,
  },
})
