import { defineConfig } from 'vitest/config';

/** End-to-end suite: drives the built server (dist/) with a real Chromium. Run `npm run build` first. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    // Files share nothing at module level; importing Playwright and the helpers once saves ~1 s a file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
