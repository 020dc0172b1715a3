/**
 * The screen in all three engines, through one small interface (`Tab`, tests/engines/drivers.ts):
 * Every page means the sitemap's, the 404 page and one share page of each kind (`allPaths()`,
 * tests/built-pages.ts): the share pages come from two templates.
 * - Firefox and WebKit: every page at a phone's and a desktop's width, light and dark, with no
 *   sideways scrolling, and the same look where engines used to differ (hatched silent cells, one
 *   pair of quotation marks, no automatic hyphenation); Chromium's layout is tests/e2e/'s job.
 * - Firefox: axe on a page of each template, light and dark (Chromium's runs in tests/e2e/a11y.spec.ts).
 * - All three: the enhancements (Print button, copy link) working however a page is opened: by a
 *   deep link, by a reload while scrolled down, or back from the next page.
 */
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { enginesToTest } from '../../scripts/engines.ts';
import { paths, takeawayPath, topicAnchor } from '../../src/lib/urls.ts';
import { AXE_COLOUR_RULES, AXE_SOURCE, AXE_TAGS } from '../axe-rules.ts';
import { allPaths, templatePaths } from '../built-pages.ts';
import { takeaways, topics } from '../content.ts';
import {
  launchChromium,
  launchFirefox,
  openFirefoxPage,
  playwrightTab,
  puppeteerTab,
  seleniumTab,
  startWebKit,
  type EngineName,
  type Tab,
} from './drivers.ts';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
/** What the site sets on every <q>: single marks, double ones inside (global.css). */
const QUOTES = '"‘" "’" "“" "”"';
const base = () => inject('baseURL');

interface Look {
  overflow: number;
  dark: boolean;
  quotes: string[];
  hyphens: string[];
}

/** In the page: sideways overflow, the colour scheme in force, the quotation marks and hyphenation in use. */
const LOOK = `const root = document.documentElement;
  return {
    overflow: root.scrollWidth - innerWidth,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    quotes: [...new Set([...document.querySelectorAll('q')].map((q) => getComputedStyle(q).quotes))],
    hyphens: [...new Set([...document.querySelectorAll('.article-text')].map((el) => getComputedStyle(el).hyphens))],
  };`;

function lookProblems(look: Look, scheme: Scheme, where: string): string[] {
  const problems: string[] = [];
  if (look.overflow > 0) problems.push(`${where}: ${look.overflow}px of sideways overflow`);
  if (look.dark !== (scheme === 'dark')) problems.push(`${where}: not in the ${scheme} colour scheme`);
  if (look.quotes.some((q) => q !== QUOTES)) problems.push(`${where}: quotation marks ${look.quotes.join(' | ')}`);
  if (look.hyphens.some((h) => h !== 'manual')) problems.push(`${where}: hyphens ${look.hyphens.join(', ')}`);
  return problems;
}

/**
 * Whether a silent cell is striped: along a line just above its dashed bottom edge, below any
 * text, the background changes colour (a solid fill would not).
 */
function hatched(png: Buffer): boolean {
  const image = PNG.sync.read(png);
  const y = image.height - 9;
  const colours = new Set<string>();
  for (let x = 8; x < Math.min(image.width - 8, 160); x += 1) {
    const i = (image.width * y + x) * 4;
    colours.add(`${image.data[i]},${image.data[i + 1]},${image.data[i + 2]}`);
  }
  return colours.size >= 2;
}

/** The enhancements' state in the page: the script ran, and the Print button shows. */
const ENHANCED = `const button = document.querySelector('button[data-print-button]');
  return { enhanced: document.documentElement.hasAttribute('data-enhanced'), printButton: !!button && !button.hidden };`;
/** Clicks the Print button with window.print replaced by a marker: did it print? */
const PRINT_CLICK = `let printed = false;
  window.print = () => { printed = true; };
  document.querySelector('button[data-print-button]').click();
  await document.fonts.ready;
  await new Promise((resolve) => setTimeout(resolve, 100));
  return printed;`;

const firstTakeaway = takeawayPath(takeaways()[0]?.slug ?? '');
const firstTopic = topics().find((topic) => topic.takeaways.includes(takeaways()[0]?.slug ?? ''));
const ROW_LINK = `${firstTakeaway}#${topicAnchor(firstTopic?.id ?? '')}`;

/** Opens pages the ways readers do and records what works. */
async function enhancementsOnEveryEntry(tab: Tab): Promise<Record<string, unknown>> {
  const states: Record<string, unknown> = {};
  await tab.resize(1280, 900);
  await tab.open(`${base()}${paths.briefing}#briefing-bronnen`);
  states['deep link'] = await tab.run(ENHANCED);
  states['deep link: the Print button prints'] = await tab.run(PRINT_CLICK);

  await tab.open(`${base()}${paths.briefing}`);
  await tab.run('window.scrollTo(0, document.documentElement.scrollHeight / 2);');
  await tab.reload();
  states['reload, scrolled down'] = await tab.run(ENHANCED);

  // A copy link copies (or shares) instead of leaving the page: the reader stays where they are.
  await tab.open(`${base()}${ROW_LINK}`);
  const before = await tab.url();
  await tab.click('a[data-copy-link]');
  await tab.run('await new Promise((resolve) => setTimeout(resolve, 300));');
  states['deep link to a row: "Kopieer link" stays on the page'] = (await tab.url()) === before;

  // Last: after a page comes back from the back/forward cache, puppeteer no longer follows the tab.
  await tab.open(`${base()}${paths.briefing}`);
  await tab.open(`${base()}${paths.sources}`);
  await tab.back();
  states['back from another page'] = await tab.run(ENHANCED);
  states['back: the Print button prints'] = await tab.run(PRINT_CLICK);
  return states;
}

const EVERY_ENTRY_WORKS = {
  'deep link': { enhanced: true, printButton: true },
  'deep link: the Print button prints': true,
  'reload, scrolled down': { enhanced: true, printButton: true },
  'back from another page': { enhanced: true, printButton: true },
  'back: the Print button prints': true,
  'deep link to a row: "Kopieer link" stays on the page': true,
};

/**
 * Each page is loaded once and checked at both widths: loaded at one, then resized to the other.
 * Which width it loads at alternates from page to page, so a page's first layout happens at a
 * phone's width for half of them and at a desktop's for the other half, and each page costs one
 * resize.
 */
async function everyPageLooksRight(tab: Tab, scheme: Scheme): Promise<string[]> {
  const problems: string[] = [];
  let widths: readonly (typeof VIEWPORTS)[number][] = VIEWPORTS;
  await tab.resize(VIEWPORTS[0].width, VIEWPORTS[0].height);
  for (const pathname of allPaths()) {
    await tab.open(`${base()}${pathname}`);
    for (const [index, viewport] of widths.entries()) {
      if (index > 0) await tab.resize(viewport.width, viewport.height);
      const width = await tab.run<number>('return innerWidth;');
      if (width !== viewport.width) problems.push(`${pathname}: ${width}px wide, not ${viewport.width}`);
      problems.push(...lookProblems(await tab.run<Look>(LOOK), scheme, `${pathname} at ${viewport.width}px`));
    }
    // The next page loads at the width this one ends at.
    widths = [...widths].reverse();
  }
  return problems;
}

/** Tabs of one engine in the light and the dark scheme, opened once for the engine's tests. */
interface EngineTabs {
  light: Tab;
  dark: Tab;
  close(): Promise<void>;
}

async function openTabs(engine: Exclude<EngineName, 'chromium'>): Promise<EngineTabs> {
  if (engine === 'firefox') {
    const [light, dark] = await Promise.all([launchFirefox(), launchFirefox({ dark: true })]);
    return {
      light: puppeteerTab(await openFirefoxPage(light)),
      dark: puppeteerTab(await openFirefoxPage(dark)),
      close: async () => void (await Promise.all([light.close(), dark.close()])),
    };
  }
  const [light, dark] = [await startWebKit(), await startWebKit({ dark: true })];
  return { light: seleniumTab(light), dark: seleniumTab(dark), close: async () => void (await Promise.all([light.quit(), dark.quit()])) };
}

/** Runs the same check in the light and the dark tab at once: two browsers, one per scheme. */
async function inBothSchemes(tabs: EngineTabs, check: (tab: Tab, scheme: Scheme) => Promise<string[]>): Promise<string[]> {
  return (await Promise.all(SCHEMES.map((scheme) => check(tabs[scheme], scheme)))).flat();
}

// The engines run side by side, each in its own browsers; within an engine the tests share its
// two tabs, so they run one after another.
const IN_TURN = { concurrent: false };
for (const engine of enginesToTest()) {
  describe.concurrent(`${engine} on screen`, () => {
    let tabs: EngineTabs;
    beforeAll(async () => {
      tabs = await openTabs(engine);
    });
    afterAll(async () => {
      await tabs?.close();
    });

    test('every page at 390 and 1280 px, light and dark: no sideways overflow, one look', IN_TURN, async () => {
      expect(await inBothSchemes(tabs, everyPageLooksRight)).toEqual([]);
    });

    test('silent cells are hatched, light and dark', IN_TURN, async () => {
      const notHatched = await inBothSchemes(tabs, async (tab, scheme) => {
        await tab.resize(1280, 900);
        await tab.open(`${base()}${paths.comparison}`);
        return hatched(await tab.screenshot('.comparison td.silent-cell')) ? [] : [scheme];
      });
      expect(notHatched).toEqual([]);
    });

    // axe runs in Firefox here and in Chromium in tests/e2e/a11y.spec.ts; WebKit is left to those two.
    if (engine === 'firefox')
      test('axe: no WCAG 2.2 AA violation on a page of each template, light and dark', IN_TURN, async () => {
        const problems = await inBothSchemes(tabs, async (tab, scheme) => {
          await tab.resize(1280, 900);
          // Every rule in light; in dark only the rules that colours decide.
          const runOnly = scheme === 'light' ? { type: 'tag', values: AXE_TAGS } : { type: 'rule', values: AXE_COLOUR_RULES };
          const found: string[] = [];
          for (const pathname of templatePaths()) {
            await tab.open(`${base()}${pathname}`);
            const violations = await tab.run<string[]>(`${AXE_SOURCE};
            document.querySelectorAll('.render-when-visible').forEach((el) => (el.style.contentVisibility = 'visible'));
            const { violations } = await axe.run(document, { runOnly: ${JSON.stringify(runOnly)} });
            return violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));`);
            found.push(...violations.map((violation) => `${pathname} (${scheme}): ${violation}`));
          }
          return found;
        });
        expect(problems).toEqual([]);
      });

    // Last in the engine: it ends on a page restored from the back/forward cache.
    test('enhancements work on every entry: deep link, scrolled reload, back', IN_TURN, async () => {
      expect(await enhancementsOnEveryEntry(tabs.light)).toEqual(EVERY_ENTRY_WORKS);
    });
  });
}

describe.concurrent('chromium on screen', () => {
  test('enhancements work on every entry: deep link, scrolled reload, back', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      expect(await enhancementsOnEveryEntry(playwrightTab(await context.newPage()))).toEqual(EVERY_ENTRY_WORKS);
    } finally {
      await browser.close();
    }
  });
});
