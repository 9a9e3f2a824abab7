import { defineConfig } from 'vitest/config';
import { reaction } from './tests/e2e/support/timing';

// End-to-end tests drive the system's Chromium (and Firefox) with the built extension.
// They run one file at a time: two cores cannot host several browsers well.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // expect.poll's own default is 1 s, too short for a browser on a loaded CI runner
    // (see tests/e2e/support/timing.ts); polls that name their own limit keep it.
    expect: { poll: { timeout: reaction } },
  },
});
