import { defineConfig } from 'vitest/config'

// Four suites: fast unit tests beside the code, integration tests against a fresh embedded
// PostgreSQL through Payload's Local API, stack tests (real HTTP + Chromium) against the built
// portal started by the same launcher as `npm start`, and security tests (attacks) on that same stack.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['contract/src/**/*.test.ts', 'cms/src/**/*.test.ts', 'site/src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/startTestDatabase.ts'],
          setupFiles: ['tests/support/useTestDatabase.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'stack',
          include: ['tests/stack/**/*.test.ts'],
          globalSetup: ['tests/support/startTestStack.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          globalSetup: ['tests/support/startTestStack.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
