import { defineConfig } from 'vitest/config';

// End-to-end tests drive the system's Chromium (and Firefox) with the built extension.
// They run one file at a time: two cores cannot host several browsers well.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
