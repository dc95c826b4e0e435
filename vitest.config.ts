import { defineConfig } from 'vitest/config';

// Four projects: the pure core (no I/O), the database + HTTP tests (PGlite by default, the
// PostgreSQL server when DATABASE_URL is set), the multi-process topology (PostgreSQL only) and the
// browser tests (real Chromium, built client).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts', 'test/client/**/*.test.ts'],
          environment: 'node',
          // The projects run one after another (core, db, browser): on 2 cores, side by side they
          // would only slow each other down.
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
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
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // Several API processes and workers on one PostgreSQL database (test/support/topology.ts);
          // skipped on PGlite. scripts/topology.ts runs it in CI with DATABASE_URL set.
          name: 'topology',
          include: ['test/topology/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          globalSetup: ['test/support/global-setup.ts'],
          // Each file starts its own processes: one file at a time on the 2-core machine.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
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
          sequence: { groupOrder: 3 },
          globalSetup: ['test/support/browser-setup.ts'],
        },
      },
    ],
  },
});
