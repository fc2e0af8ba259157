import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks',
} as const;

export default defineConfig({
  test: {
    globalSetup: ['server/test/global-setup.ts'],
    // One worker per core (Vitest's default leaves one core idle).
    maxWorkers: 2,
    ...shared,
    include: ['server/**/*.test.ts', 'contracts/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Each worker imports the app once instead of once per file (most of the run's time).
    isolate: false,
  },
});
