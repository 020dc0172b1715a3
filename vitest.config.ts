/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // The build-failure tests run `astro build` on broken copies of content/.
    testTimeout: 120_000,
    // The unit tests draw every card afresh: the cache between builds (src/lib/card-cache.ts) is the build's.
    env: { OG_CACHE_DIR: '' },
  },
});
