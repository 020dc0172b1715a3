import { defineConfig } from 'vitest/config';

/**
 * The cross-engine browser tests (tests/engines/): Chromium, Firefox and WebKit against the built
 * site, served on a port of their own by the global setup. The screen and the paper tests run side
 * by side, in two workers, two tests at a time in each: a test spends much of its time waiting for a
 * browser to start, load or print, and the other tests use that time.
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/engines/serve.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    maxConcurrency: 2,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
