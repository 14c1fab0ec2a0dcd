import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.int.spec.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    setupFiles: ['tests/helpers/setupEnv.ts'],
    // The files share one database and two cores: one at a time is as fast and deterministic.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // In CI only, a failed test gets a second try: a test failing twice still fails the run, and
    // .ci/run names every test that needed the second try, with its first error.
    retry: process.env.CI ? 1 : 0,
  },
})
