import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // CLI, package and fuzz tests run dist/: rebuild it when src/ is newer
    globalSetup: ['test/support/build-dist.ts'],
  },
});
