import { defineConfig } from 'vitest/config';

/**
 * The cross-engine browser tests (tests/engines/): Chromium, Firefox and WebKit against the built
 * site, served on a port of their own by the global setup. One file at a time: the machine has two
 * cores, and each engine is a heavy process of its own.
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/engines/serve.ts'],
    fileParallelism: false,
    maxConcurrency: 2,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
