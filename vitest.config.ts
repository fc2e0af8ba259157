import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks',
} as const;

/**
 * Files that still need a fresh module graph. PDFs rendered after a resume PDF in the same process
 * lose characters in their text layer (the parsed fonts in server/modules/resumes/render/fonts.ts
 * are shared), which these files assert on; run them isolated until that is fixed.
 */
const needIsolation = [
  'server/modules/cover-letters/cover-letters.test.ts',
  'server/modules/resumes/render/pdf.test.ts',
  'server/modules/resumes/resume-builder.test.ts',
];

export default defineConfig({
  test: {
    // Once for both projects: they share the template database it makes and provides.
    globalSetup: ['server/test/global-setup.ts'],
    // One worker per core (Vitest's default leaves one core idle).
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'server',
          include: ['server/**/*.test.ts', 'contracts/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: needIsolation,
          // Each worker imports the app once instead of once per file (most of the run's time).
          isolate: false,
        },
      },
      { test: { ...shared, name: 'server-isolated', include: needIsolation } },
    ],
  },
});
