import { defineConfig } from 'vitest/config'

/**
 * Stack-level tests that start their own apps (a launcher, a cluster, a lone CMS) on their own database and data
 * folder, and need nothing of the shared test stack: `npm test` runs them beside the shared stack's suites.
 */
const ownLaunches = [
  'tests/stack/cluster.test.ts',
  'tests/stack/clusterS3.test.ts',
  'tests/stack/crashRecovery.test.ts',
  'tests/stack/launcherGivesUp.test.ts',
  'tests/stack/launcherLogs.test.ts',
  'tests/stack/rootStart.test.ts',
  'tests/stack/s3Storage.test.ts',
  'tests/stack/scheduledPublish.test.ts',
  'tests/stack/startFailures.test.ts',
  'tests/stack/trackingOutage.test.ts',
]

// Five suites: fast unit tests beside the code; integration tests against a fresh embedded PostgreSQL through
// Payload's Local API; stack tests (real HTTP + Chromium) against the built portal started by the same launcher as
// `npm start`, and security tests (attacks) on a stack of their own; launches, whose tests start their own apps.
// Each suite but unit runs one file at a time. `npm test` (scripts/run-tests.ts) runs two vitest processes side by
// side: unit, integration and launches in one, stack and security in the other.
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
          // One module graph for all its files: Payload and the config load once, not per file (280 s → 114 s
          // alone). They share one database and set nothing per file (no mocks, no environment changes).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'launches',
          include: ownLaunches,
          globalSetup: ['tests/support/buildOnce.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'stack',
          include: ['tests/stack/**/*.test.ts'],
          exclude: ownLaunches,
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
