/**
 * One sheet in every engine, however the page was opened before it was printed. Each case prints a
 * page to PDF in Chromium, Firefox or WebKit (tests/engines/drivers.ts) and reads the PDF back:
 * page count, only the bundled face, text that can be searched and copied (no ligature glyphs),
 * comparison rows whole on one page, no heading left alone at the foot of a page, and the sheet
 * saying what it is and where it comes from even where the engine draws no page margins.
 *
 * Results also go to test-results/engines/print-now.json (PRINT_RESULTS_LABEL for another name):
 * engine × page × entry: pages, fonts, searchable text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser as PlaywrightBrowser } from '@playwright/test';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { enginesToTest } from '../../scripts/engines.ts';
import { paths, takeawayPath } from '../../src/lib/urls.ts';
import { ROOT, takeaways } from '../content.ts';
import { readPdf } from '../e2e/pdf.ts';
import {
  launchChromium,
  launchFirefox,
  printChromium,
  printFirefox,
  startWebKitPrinter,
  type EngineName,
  type Entry,
  type Paper,
  type PrintJob,
  type WebKitPrinter,
} from './drivers.ts';
import { builtPage, PRINT_FONT, sheetProblems } from './paper.ts';

const OUT = path.join(ROOT, 'test-results', 'engines');
mkdirSync(OUT, { recursive: true });

const BRIEFING = paths.briefing;
const TAKEAWAYS = takeaways().map((takeaway) => takeawayPath(takeaway.slug));
const FIRST_TAKEAWAY = TAKEAWAYS[0] ?? '';
/** A fragment far down each page: the page first paints scrolled to it. */
const DEEP_ANCHOR: Record<string, string> = { [BRIEFING]: 'briefing-bronnen' };
const deepAnchor = (pathname: string): string =>
  DEEP_ANCHOR[pathname] ?? builtPage(pathname).querySelectorAll('.comparison tbody tr[id]').at(-1)?.id ?? '';

interface Case {
  engine: EngineName;
  page: string;
  paper: Paper;
  entry: Entry;
  marginMm?: number;
}

const ALL_ENTRIES: Entry[] = ['load', 'later', 'deep-link', 'scrolled-reload', 'no-js'];
const engines: EngineName[] = ['chromium', ...enginesToTest()];

function casesFor(engine: EngineName): Case[] {
  // Chromium at the load event is tests/e2e/print.spec.ts's: it prints the briefing (A4 and
  // Letter) and every takeaway page so, and holds each sheet to sheetProblems() as here, beside
  // what it checks of their content.
  const entries = engine === 'chromium' ? ALL_ENTRIES.filter((entry) => entry !== 'load') : ALL_ENTRIES;
  const atLoad: Case[] =
    engine === 'chromium'
      ? []
      : [
          { engine, page: BRIEFING, paper: 'Letter', entry: 'load' },
          ...TAKEAWAYS.map((page): Case => ({ engine, page, paper: 'A4', entry: 'load' })),
        ];
  const cases: Case[] = [
    ...entries.map((entry): Case => ({ engine, page: BRIEFING, paper: 'A4', entry })),
    ...atLoad,
    { engine, page: FIRST_TAKEAWAY, paper: 'A4', entry: 'deep-link' },
    { engine, page: FIRST_TAKEAWAY, paper: 'A4', entry: 'no-js' },
  ];
  if (engine === 'chromium') {
    // The command line prints on Letter: the page sets no paper size, so any paper fits.
    cases.push(
      { engine, page: BRIEFING, paper: 'Letter', entry: 'command-line' },
      { engine, page: FIRST_TAKEAWAY, paper: 'Letter', entry: 'command-line' },
    );
  }
  if (engine === 'webkit') {
    // WebKit takes its margins from the print dialog, not from @page: the GTK default (a quarter
    // inch) above, and half an inch, Firefox's and many dialogs' default, here.
    cases.push(
      { engine, page: BRIEFING, paper: 'A4', entry: 'load', marginMm: 12.7 },
      { engine, page: BRIEFING, paper: 'Letter', entry: 'load', marginMm: 12.7 },
    );
  }
  return cases;
}

const results: Record<string, { pages: number; fonts: string[]; searchable: boolean }> = {};

afterAll(() => {
  writeFileSync(path.join(OUT, `print-${process.env.PRINT_RESULTS_LABEL ?? 'now'}.json`), JSON.stringify(results, null, 2));
});

for (const engine of engines) {
  // Two prints at a time per engine: each waits mostly on its browser, and the machine has two cores.
  describe.concurrent(`${engine} on paper`, () => {
    let chromium: PlaywrightBrowser | undefined;
    let firefox: PuppeteerBrowser | undefined;
    let firefoxWithoutScripts: PuppeteerBrowser | undefined;
    let webkit: WebKitPrinter | undefined;

    beforeAll(async () => {
      if (engine === 'chromium') chromium = await launchChromium();
      if (engine === 'firefox')
        [firefox, firefoxWithoutScripts] = await Promise.all([launchFirefox(), launchFirefox({ javaScript: false })]);
      if (engine === 'webkit') webkit = await startWebKitPrinter();
    });
    afterAll(async () => {
      await Promise.all([chromium?.close(), firefox?.close(), firefoxWithoutScripts?.close()]);
      webkit?.stop();
    });

    async function print(job: PrintJob): Promise<void> {
      if (engine === 'chromium') return printChromium(chromium!, job);
      if (engine === 'firefox') return printFirefox(job.entry === 'no-js' ? firefoxWithoutScripts! : firefox!, job);
      return webkit!.print(job);
    }

    for (const { page, paper, entry, marginMm } of casesFor(engine)) {
      const isBriefing = page === BRIEFING;
      const name = `${page} on ${paper}${marginMm ? ` with ${marginMm} mm margins` : ''}, printed ${entry}`;
      test(name, async ({ expect }) => {
        const fragment = entry === 'deep-link' ? `#${deepAnchor(page)}` : '';
        const file = path.join(OUT, `${engine}-${page.replace(/\W+/g, '-')}-${paper}-${entry}${marginMm ? `-${marginMm}mm` : ''}.pdf`);
        await print({ url: `${inject('baseURL')}${page}${fragment}`, entry, paper, file, ...(marginMm ? { marginMm } : {}) });
        const pdf = await readPdf(file);

        const problems: string[] = [];
        // One sheet for the briefing, at most two pages for a takeaway.
        if (isBriefing ? pdf.pageCount !== 2 : pdf.pageCount > 2) problems.push(`${pdf.pageCount} pages`);
        const otherFonts = [...pdf.fonts].filter((font) => !PRINT_FONT.test(font));
        if (otherFonts.length > 0) problems.push(`fonts other than the bundled one: ${otherFonts.join(', ')}`);

        const sheet = sheetProblems(pdf, page);
        problems.push(...sheet.problems);
        results[`${engine} | ${page} | ${paper}${marginMm ? ` ${marginMm}mm` : ''} | ${entry}`] = {
          pages: pdf.pageCount,
          fonts: [...pdf.fonts].sort(),
          searchable: sheet.lostWords.length === 0,
        };

        expect(problems, `${engine}: ${name}`).toEqual([]);
      });
    }
  });
}
