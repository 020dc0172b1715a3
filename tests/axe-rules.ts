import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What "WCAG 2.2 AA" means to axe, for the Chromium tests (tests/e2e/) and Firefox's (tests/engines/). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG A/AA rules whose outcome depends on colours: the only ones a second colour scheme can
 * change (the markup, names and sizes are the same in both).
 */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's minified build, to inject into a page: `axeCore.source` is the readable one, 1.5 MB
 * against 0.65 MB, and a page parses whichever it gets on every load (about 0.5 against 0.4 s of
 * CPU in Chromium here).
 */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');
