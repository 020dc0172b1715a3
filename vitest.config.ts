/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // The build-failure tests run `astro build` on broken copies of content/.
    testTimeout: 120_000,
    // Vitest's default leaves one core free: on a two-core machine that is one worker, and every file
    // waits behind the builds of tests/unit/build-failures.test.ts.
    maxWorkers: 2,
    // The unit tests draw every card afresh: the cache between builds (src/lib/card-cache.ts) is the build's.
    env: { OG_CACHE_DIR: '' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      // `astro dev` writes .astro/, which the builds of tests/unit also use: it runs after them.
      { extends: true, test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
