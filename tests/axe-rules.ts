/** What "WCAG 2.2 AA" means to axe, for the Chromium tests (tests/e2e/) and Firefox's (tests/engines/). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG A/AA rules whose outcome depends on colours: the only ones a second colour scheme can
 * change (the markup, names and sizes are the same in both).
 */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
