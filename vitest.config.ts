import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure engine and fact-base tests run in Node; DOM-side tests use linkedom
// directly (a real DOM parser, no browser). End-to-end tests have their own config.
//
// Two projects, because isolation is what the suite's time goes on. Vitest isolates every test
// file by default: each of the engine's three hundred files re-imported the whole engine and
// rebuilt its fact index, and the imports took about five times as long as the tests themselves
// (on a 40-file sample: 266 s of imports isolated, 22 s shared). The engine is pure, keeps no
// state between calls and its tests mock nothing, so its files share one module graph per
// worker. Everything else (storage, the background, the page, the report server) keeps Vitest's
// isolation, because those tests stub globals and timers.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        // The precision lists judge hundreds of dated sentences in one test: a few seconds on an idle
        // machine, over Vitest's 5 s default on a loaded one. A limit is not a speed goal (the
        // benches hold those); it only has to tell a hung test from a slow machine.
        test: {
          name: 'engine',
          include: ['tests/unit/engine/**/*.test.{ts,tsx}'],
          isolate: false,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/unit/engine/**'],
        },
      },
    ],
  },
});
