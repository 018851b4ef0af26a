import { defineConfig } from 'vitest/config';

/** Tests against the real openclaw@2026.9.6 CLI on a Node 24 binary (prepared by scripts/setup-openclaw.mjs). */
export default defineConfig({
  test: {
    include: ['test/openclaw/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
