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
    // How long expect.poll waits for the extension to react (paint, open or close the card, set the
    // badge). On an idle machine that takes well under a second, but a loaded CI runner has stalled
    // Chromium for seconds, and limits of 1 s (poll's default), 3 s and 5 s failed a test there that
    // passes everywhere else. A poll ends as soon as its condition holds, so a generous limit costs
    // a passing test nothing, and a test whose condition never holds still fails. Polls that name
    // their own limit (a report's retry alarm, a restart) keep it.
    expect: { poll: { timeout: 15_000 } },
  },
});
