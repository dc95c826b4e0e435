import { defineConfig } from 'vitest/config';

// Three projects: the pure core (no I/O), the database + HTTP tests (PGlite by default, the
// PostgreSQL server when DATABASE_URL is set) and the browser tests (real Chromium, built client).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts', 'test/client/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts', 'test/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/support/global-setup.ts'],
          // Each PGlite instance is ~0.5 GB: keep the pool small on the 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/support/browser-setup.ts'],
        },
      },
    ],
  },
});
