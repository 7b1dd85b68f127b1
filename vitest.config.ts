import { defineConfig } from 'vitest/config';

// One config, three projects: unit tests sit beside the code; integration and e2e tests start real
// processes (server, redis-server, Chromium) and so get longer time-outs and run one file at a time.
// `npm test` runs the projects one after another, so browsers never compete with server tests for
// the CI machine's two cores.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    // Fails the run if a process it started or a temporary folder it made outlives it.
    globalSetup: ['test/helpers/run-guard.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // The chaos suite's short form runs here (test/chaos/README.md); `npm run chaos` runs it long.
          include: ['test/integration/**/*.test.ts', 'test/chaos/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // `npm run soak` only (a compressed workshop day, minutes long): not part of `npm test`.
          name: 'soak',
          include: ['test/chaos/**/*.soak.ts'],
          testTimeout: 3_600_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium and the servers for every e2e file (the run guard first, so it checks last).
          globalSetup: ['test/helpers/run-guard.ts', 'test/e2e/support/global-setup.ts'],
          // A browser test on a loaded 2-core machine can miss a deadline once; a real fault fails twice.
          retry: 1,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
