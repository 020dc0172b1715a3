import type { KnipConfig } from 'knip';

/**
 * Unused files, exports and dependencies fail `npm run lint`. Knip finds the Astro pages,
 * content config and integrations, the Vitest and Playwright tests and the package.json scripts
 * by itself; listed here is only what it cannot see.
 */
const config: KnipConfig = {
  entry: [
    // Read by the html-validate CLI (`npm run validate:html`), which knip has no plugin for.
    '.htmlvalidate.mjs',
    // Loaded by the glob loaders in src/content.config.ts, not imported.
    'content/**/*.mdx',
  ],
};

export default config;
