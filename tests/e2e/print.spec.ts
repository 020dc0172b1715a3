/**
 * Printing: /briefing/ and the takeaway pages printed to PDF by Chromium at the load event
 * (`page.pdf()` with print media, the way "Save as PDF" does it), then read back in JavaScript
 * with PDF.js (tests/e2e/pdf.ts). Checks page counts, that every word of the page reaches the
 * paper, what every sheet must be in any engine (`sheetProblems()`, tests/engines/paper.ts: the
 * engine tests print these pages in Chromium only the other ways), that the QR codes decode to
 * the short links printed beside them, and that no navigation is printed.
 *
 * The PDFs are made in a context of their own (desktop size, device scale 1, light colour
 * scheme), so paper does not depend on the project's screen; the files land in test-results/.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { quoteSharePath, takeawayPath, topicSharePath } from '../../src/lib/urls.ts';
import { articleMeta, readouts, takeaways, topics } from '../content.ts';
import { printStylesheetLoaded } from './helpers.ts';
import { PRINT_FONT, sheetProblems } from '../engines/paper.ts';
import { readPdf, type PdfDocument } from './pdf.ts';

const TAKEAWAYS = takeaways();
const READOUTS = readouts();
const TOPICS = topics();
const META = articleMeta();
const SOURCE = META.source;

/** /briefing/ is one sheet: the front (the analysis) and the back (the comparison rows, sources). */
const BRIEFING_MAX_PAGES = 2;
/** Each takeaway page: its text, quotes and comparison with notes. */
const TAKEAWAY_MAX_PAGES = 2;
/** Type on paper: the takeaway pages at least 10pt, the briefing (one sheet) at least 9pt. */
const MIN_PT = 10;
const BRIEFING_MIN_PT = 9;

type Paper = 'A4' | 'Letter';

// ---------------------------------------------------------------------------------------------
// Helpers

/** The preview server's address, from the config (`use.baseURL`). */
function baseURL(testInfo: TestInfo): string {
  const url = testInfo.project.use.baseURL;
  if (!url) throw new Error('playwright.config.ts sets no baseURL');
  return url;
}

/** A fresh desktop context, so both projects print identical paper. */
async function printContext(browser: Browser, testInfo: TestInfo, options: { deviceScaleFactor?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseURL(testInfo),
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: 'light',
  });
}

/** Opens a page in a print context, in print media, and waits for its fonts, as the Print button does. */
async function openForPrint(browser: Browser, testInfo: TestInfo, pathname: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await printContext(browser, testInfo);
  const page = await context.newPage();
  await loadForPrint(page, pathname);
  return { context, page };
}

/**
 * Opens a page in a print context and returns at its load event, when a reader may already print
 * it: the sheet must not wait for anything later (tests/engines/ prints it after other entries).
 */
async function openAtLoad(browser: Browser, testInfo: TestInfo, pathname: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await printContext(browser, testInfo);
  const page = await context.newPage();
  const response = await page.goto(pathname, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${pathname}`).toBe(200);
  return { context, page };
}

/** Loads `pathname` in `page` on screen, as a reader does, then turns to print media once the print stylesheet and the fonts are in. */
async function loadForPrint(page: Page, pathname: string): Promise<void> {
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  const response = await page.goto(pathname);
  expect(response?.status(), `HTTP status of ${pathname}`).toBe(200);
  await printStylesheetLoaded(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function printPdf(page: Page, file: string, format: Paper): Promise<void> {
  await page.pdf({ path: file, format, preferCSSPageSize: false, displayHeaderFooter: false });
}

/** The PDF's text as laid out, line by line: the whole document, or one page (from 1). */
function layoutText(pdf: PdfDocument, page?: number): string {
  const lines = page === undefined ? pdf.lines : (pdf.pages[page - 1]?.lines ?? []);
  return lines.join('\n');
}

/**
 * Lower case, without whitespace and soft hyphens: text that compares across line breaks.
 * Source Serif 4 draws ‘ and ’ with the glyphs of ʻ and ʼ (U+02BB, U+02BC), so a PDF's text
 * reports the latter; they count as the quote marks they look like.
 */
const squashed = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00ad]+/g, '')
    .replace(/\u02bb/g, '\u2018')
    .replace(/\u02bc/g, '\u2019');

/**
 * The PDF's text in forms to search: laid-out lines, and reading-order text (in lines, a side
 * label and the quotes beside it share lines, so a quote's lines are interleaved with the
 * label's). Each also without a hyphen at a line end, in case the browser hyphenated there.
 */
function searchable(pdf: PdfDocument): string[] {
  return [layoutText(pdf), pdf.text].flatMap((text) => [squashed(text), squashed(text.replace(/[-\u2010][ \t]*\r?\n\s*/g, ''))]);
}

/** The words of a text: runs of letters and digits, lower case. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[\u02bb\u02bc]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether `line`'s words occur in `paper` in order, close together. Other words may come in
 * between: in laid-out lines, the cells of a table row share the PDF's text lines.
 */
function inOrder(line: string[], paper: string[]): boolean {
  const reach = line.length * 4 + 20;
  for (let start = paper.indexOf(line[0] ?? ''); start !== -1; start = paper.indexOf(line[0] ?? '', start + 1)) {
    let found = 1;
    for (let i = start + 1; i < paper.length && i < start + reach && found < line.length; i += 1) {
      if (paper[i] === line[found]) found += 1;
    }
    if (found === line.length) return true;
  }
  return false;
}

/** A page's text without the site name and the page number. */
function bodyText(pageText: string): string {
  return pageText
    .replace(META.siteName, '')
    .replace(/p\.\s*\d+\s*\/\s*\d+/, '')
    .trim();
}

function inPdf(haystacks: string[], needle: string): boolean {
  const want = squashed(needle);
  return haystacks.some((hay) => hay.includes(want));
}

/** Which of `labels` (navigation, buttons: what must stay off paper) the PDF's text holds. */
const notPrinted = (text: string, labels: string[]): string[] => labels.filter((label) => text.includes(label));

/** Every text-bearing, visible element in `main` whose type is below `minPt`, as "tag: text (size)". */
async function smallType(page: Page, minPt = MIN_PT): Promise<string[]> {
  return page.locator('main').evaluate(
    (main, minPx) => {
      const small: string[] = [];
      for (const element of main.querySelectorAll<HTMLElement>('*')) {
        const ownText = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
        if (!ownText) continue;
        const rect = element.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue; // not rendered, or visually hidden
        if (getComputedStyle(element).visibility !== 'visible') continue; // hidden: not on paper
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < minPx - 0.01) small.push(`${element.tagName.toLowerCase()}: "${ownText.slice(0, 40)}" (${size.toFixed(2)}px)`);
      }
      return small;
    },
    minPt * (96 / 72),
  );
}

// ---------------------------------------------------------------------------------------------
// The briefing

test.describe('/briefing/ on paper', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on at most ${BRIEFING_MAX_PAGES} ${format} pages, the analysis on the front, in the bundled face at 9pt or more`, async ({
      browser,
    }, testInfo) => {
      const { context, page } = await openAtLoad(browser, testInfo, '/briefing/');
      const file = testInfo.outputPath(`briefing-${format.toLowerCase()}.pdf`);
      await printPdf(page, file, format);
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });

      const printed = await readPdf(file);
      const pages = printed.pageCount;
      expect(pages, `${format} pages`).toBeLessThanOrEqual(BRIEFING_MAX_PAGES);
      expect(sheetProblems(printed, '/briefing/').problems, 'what every sheet must be (tests/engines/paper.ts)').toEqual([]);

      const text = layoutText(printed);
      const pdf = searchable(printed);
      const front = searchable({ ...printed, lines: printed.pages[0]?.lines ?? [], text: printed.pages[0]?.text ?? '' });

      // The front stands alone: title, lede, and per takeaway its title, short summary, first
      // key quote and short link; then the coverage matrix (every topic) with its legend.
      expect(inPdf(front, META.siteTitle), 'the title on the front').toBe(true);
      expect(inPdf(front, META.lede), 'the lede on the front').toBe(true);
      for (const takeaway of TAKEAWAYS) {
        expect(inPdf(front, `${takeaway.number}. ${takeaway.title}`), `title of takeaway ${takeaway.number} on the front`).toBe(true);
        for (const sentence of takeaway.shortSummary) {
          expect(inPdf(front, sentence.text), `short summary of takeaway ${takeaway.number} on the front: "${sentence.text}"`).toBe(true);
        }
        const quote = takeaway.quotes[0];
        expect(quote, `takeaway ${takeaway.number} has a key quote`).toBeDefined();
        expect(inPdf(front, quote?.text ?? ''), `first quote of takeaway ${takeaway.number} on the front`).toBe(true);
      }
      expect(inPdf(front, 'Welk verslag vermeldt wat'), 'the matrix heading on the front').toBe(true);
      for (const topic of TOPICS) expect(inPdf(front, topic.label), `matrix row "${topic.label}" on the front`).toBe(true);
      expect(inPdf(front, 'Legende'), 'the matrix legend on the front').toBe(true);

      // The back: each takeaway's comparison rows, then the sources.
      expect(pages, 'a back page').toBe(2);
      const back = searchable({ ...printed, lines: printed.pages[1]?.lines ?? [], text: printed.pages[1]?.text ?? '' });
      expect(inPdf(back, 'De verslagen naast elkaar'), 'the comparison on the back').toBe(true);
      expect(inPdf(back, 'Bronnen'), 'the sources on the back').toBe(true);
      expect(inPdf(back, 'Zwijgt erover'), 'the key to the shapes on the back').toBe(true);

      // One face, bundled: no machine font, and no text below 9pt.
      const fonts = [...printed.fonts];
      expect(fonts.length, 'fonts in the PDF').toBeGreaterThan(0);
      expect(
        fonts.filter((font) => !PRINT_FONT.test(font)),
        'fonts other than Source Serif 4',
      ).toEqual([]);
      const small = printed.pages.flatMap((p) =>
        p.items
          .filter((item) => item.fontSize < BRIEFING_MIN_PT - 0.005)
          .map((item) => `p. ${p.number}: "${item.text}" (${item.fontSize.toFixed(2)}pt)`),
      );
      expect(small, 'text below 9pt').toEqual([]);

      // Sources: the addresses of the article and both readouts are printed after their links.
      expect(inPdf(pdf, SOURCE.url), 'the article’s address').toBe(true);
      for (const readout of READOUTS) expect(inPdf(pdf, readout.url), `${readout.label}’s address`).toBe(true);

      // No text lost: every line of text the page shows in print media is on paper, its words
      // in the same order. Words are runs of letters and digits: the paper adds what CSS
      // generates (quote marks around <q>, link addresses), which innerText leaves out.
      const lines = (await page.locator('main').innerText())
        .split('\n')
        .map(words)
        .filter((line) => line.length > 0);
      expect(lines.flat().length, 'words in the briefing').toBeGreaterThan(500);
      // Laid out, the two columns of the back share baselines; in reading order they do not.
      const withoutAddresses = (t: string) => words(t.replace(/\(https?:\/\/[^)]*\)/g, ' '));
      const paper = withoutAddresses(text);
      const read = withoutAddresses(printed.text);
      const lost = lines.filter((line) => !inOrder(line, paper) && !inOrder(line, read)).map((line) => line.join(' '));
      expect(lost, 'lines of the page whose words did not reach the PDF in order').toEqual([]);

      // The site name heads the sheet (in the page itself); "p. n / total" on every page; none is blank.
      expect(layoutText(printed, 1), 'the site name on page 1').toContain(META.siteName);
      for (let n = 1; n <= pages; n += 1) {
        const pageText = layoutText(printed, n);
        expect(pageText.replace(/\s+/g, ' '), `page number on page ${n}`).toContain(`p. ${n} / ${pages}`);
        expect(bodyText(pageText), `page ${n} has content`).not.toBe('');
      }

      expect(
        notPrinted(text, ['Naar de inhoud', 'Hoofdmenu', 'Print deze briefing', 'Kopieer link']),
        'navigation or buttons on paper',
      ).toEqual([]);
      await context.close();
    });
  }

  test('type is at least 9pt and paper is black on white, in the dark colour scheme too', async ({ browser }, testInfo) => {
    const { context, page } = await openForPrint(browser, testInfo, '/briefing/');
    expect(await smallType(page, BRIEFING_MIN_PT), 'text below 9pt in print').toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ media: 'print', colorScheme });
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const html = getComputedStyle(document.documentElement);
        const quote = document.querySelector('.quote');
        return {
          text: body.color,
          background: html.backgroundColor,
          quote: quote ? getComputedStyle(quote).color : '',
        };
      });
      expect(colours, `${colorScheme} scheme`).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', quote: 'rgb(0, 0, 0)' });
    }
    await context.close();
  });

  test('each QR code decodes to the short link printed beside it', async ({ browser }, testInfo) => {
    // Device scale 3: about 150 dpi for the 17 mm printed code, like a phone camera sees it.
    const context = await printContext(browser, testInfo, { deviceScaleFactor: 3 });
    const page = await context.newPage();
    const response = await page.goto('/briefing/');
    expect(response?.status()).toBe(200);
    await printStylesheetLoaded(page);
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;

    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media, colorScheme: 'light' });
      const codes = page.locator('main svg[data-qr-value]');
      await expect(codes).toHaveCount(TAKEAWAYS.length);
      for (const takeaway of TAKEAWAYS) {
        const section = page.locator('main section').filter({ has: page.getByRole('heading', { level: 2, name: takeaway.title }) });
        const code = section.locator('svg[data-qr-value]');
        const printed = section.locator('[data-printed-url]');
        await expect(code).toHaveCount(1);
        await expect(printed).toHaveCount(1);
        await expect(code).toHaveAttribute('aria-label', /QR/);

        const png = PNG.sync.read(await code.screenshot());
        const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
        const expected = `${site}/${takeaway.number}/`;
        expect(decoded, `${media}: QR code of takeaway ${takeaway.number}`).toBe(expected);
        expect((await printed.innerText()).trim(), 'printed short link').toBe(expected.replace(/^https?:\/\//, '').replace(/\/$/, ''));
        await expect(printed).toHaveAttribute('href', `/${takeaway.number}/`);
      }
    }
    await context.close();
  });

  test('the Print button is progressive enhancement: shown and wired with JavaScript, absent without', async ({ browser }, testInfo) => {
    const withJs = await printContext(browser, testInfo);
    const page = await withJs.newPage();
    await page.goto('/briefing/');
    const button = page.getByRole('button', { name: 'Print deze briefing' });
    await expect(button).toBeVisible();
    await expect(page.locator('[onclick]'), 'no inline event handlers').toHaveCount(0);
    // The stub records whether the paper's face had loaded when print() was called.
    await page.evaluate(() => {
      const w = window as unknown as { printed: boolean[] };
      w.printed = [];
      window.print = () => {
        const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Source Serif 4');
        w.printed.push(faces.length === 3 && faces.every((face) => face.status === 'loaded'));
      };
    });
    expect(
      await page.evaluate(() => [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Source Serif 4').length),
      "paper's three faces come with the page",
    ).toBe(3);
    await button.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: boolean[] }).printed), {
        message: 'print() once, with the fonts loaded',
      })
      .toEqual([true]);
    await page.emulateMedia({ media: 'print' });
    await expect(button, 'not on paper').toBeHidden();
    await withJs.close();

    const withoutJs = await browser.newContext({ baseURL: baseURL(testInfo), javaScriptEnabled: false });
    const plain = await withoutJs.newPage();
    await plain.goto('/briefing/');
    await expect(plain.locator('button[data-print-button]')).toBeHidden();
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText(META.siteTitle);
    // The five takeaways, the matrix, the comparison and the sources.
    await expect(plain.getByRole('heading', { level: 2 })).toHaveCount(TAKEAWAYS.length + 3);
    await withoutJs.close();
  });
});

// ---------------------------------------------------------------------------------------------
// The takeaway pages

/** Navigation that must not reach paper: skip link, menu and its items, previous/next links. */
const NAVIGATION = ['Naar de inhoud', 'Hoofdmenu', 'Vorige conclusie', 'Volgende conclusie', 'De hele analyse', 'Kopieer link'];
const MENU_ITEMS = ['Analyse', 'Vergelijking', 'Bronnen'];

test.describe('takeaway pages on paper', () => {
  for (const takeaway of TAKEAWAYS) {
    const pathname = takeawayPath(takeaway.slug);
    test(`${pathname} prints on at most ${TAKEAWAY_MAX_PAGES} A4 pages without navigation`, async ({ browser }, testInfo) => {
      const { context, page } = await openAtLoad(browser, testInfo, pathname);
      const file = testInfo.outputPath(`conclusie-${takeaway.number}-a4.pdf`);
      await printPdf(page, file, 'A4');
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      expect(await smallType(page), 'text below 10pt in print').toEqual([]);

      const printed = await readPdf(file);
      const pages = printed.pageCount;
      expect(pages, 'A4 pages').toBeLessThanOrEqual(TAKEAWAY_MAX_PAGES);
      expect(sheetProblems(printed, pathname).problems, 'what every sheet must be (tests/engines/paper.ts)').toEqual([]);
      expect(
        [...printed.fonts].filter((font) => !PRINT_FONT.test(font)),
        'fonts other than Source Serif 4',
      ).toEqual([]);
      expect(bodyText(layoutText(printed, pages)), 'the last page is not blank').not.toBe('');
      const text = layoutText(printed);
      const pdf = searchable(printed);
      expect(inPdf(pdf, takeaway.title), 'the title').toBe(true);
      for (const sentence of takeaway.summary) expect(inPdf(pdf, sentence.text), `summary: "${sentence.text}"`).toBe(true);
      for (const quote of takeaway.quotes) expect(inPdf(pdf, quote.text), `quote "${quote.id}"`).toBe(true);

      expect(notPrinted(text, NAVIGATION), 'navigation on paper').toEqual([]);
      for (const item of MENU_ITEMS) expect(text, `menu item "${item}" is not printed`).not.toMatch(new RegExp(`\\b${item}\\b`));
      await context.close();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The share pages: one key quote or one comparison topic, each on one sheet of A4

test.describe('share pages on paper', () => {
  // 38 small pages: each kind goes through one browser page, a navigation and a PDF per share page.
  const kinds = [
    {
      kind: 'citaat',
      pieces: TAKEAWAYS.flatMap((t) => t.quotes).map((quote) => ({
        pathname: quoteSharePath(quote.id),
        must: [quote.text, SOURCE.rights],
      })),
    },
    {
      kind: 'onderwerp',
      pieces: TOPICS.map((topic) => ({
        pathname: topicSharePath(topic.id),
        must: [topic.label, ...Object.values(topic.sides).map((cell) => cell.text), ...READOUTS.map((r) => r.url)],
      })),
    },
  ];
  // In batches of at most BATCH pages, so that both workers share the work to the end.
  const BATCH = 8;
  for (const { kind, pieces } of kinds) {
    for (let start = 0; start < pieces.length; start += BATCH) {
      const batch = pieces.slice(start, start + BATCH);
      test(`/${kind}/ share pages ${start + 1}–${start + batch.length} of ${pieces.length} each print on one A4 page in the bundled face, without navigation`, async ({
        browser,
      }, testInfo) => {
        test.slow();
        const context = await printContext(browser, testInfo);
        const page = await context.newPage();
        for (const { pathname, must } of batch) {
          await loadForPrint(page, pathname);
          expect.soft(await smallType(page), `${pathname}: text below 10pt in print`).toEqual([]);
          const file = testInfo.outputPath(`${pathname.replace(/\W+/g, '-')}a4.pdf`);
          await printPdf(page, file, 'A4');

          const printed = await readPdf(file);
          expect.soft(printed.pageCount, `${pathname}: A4 pages`).toBe(1);
          expect
            .soft(
              [...printed.fonts].filter((font) => !PRINT_FONT.test(font)),
              `${pathname}: fonts other than Source Serif 4`,
            )
            .toEqual([]);
          const pdf = searchable(printed);
          for (const text of must) expect.soft(inPdf(pdf, text), `${pathname}: on paper: "${text.slice(0, 60)}"`).toBe(true);
          expect
            .soft(
              notPrinted(layoutText(printed), [...NAVIGATION, 'Lees het in de tekst', 'Dit onderwerp in de hele vergelijking']),
              `${pathname}: navigation on paper`,
            )
            .toEqual([]);
        }
        await context.close();
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// The type scale on paper

test('headings print at the sizes print.css gives the theme: h2 at 14pt, h1 at 19pt', async ({ browser }, testInfo) => {
  const { context, page } = await openForPrint(browser, testInfo, '/');
  // Tailwind's text-2xl and text-3xl must read the theme's variables, which paper sets to 14pt.
  const sizes = await page.evaluate(() => {
    const points = (selector: string) => [
      ...new Set(
        [...document.querySelectorAll(selector)].map((h) => Math.round(parseFloat(getComputedStyle(h).fontSize) * 0.75 * 10) / 10),
      ),
    ];
    return { h1: points('main h1'), h2: points('main h2:is(.text-2xl, .text-3xl, :not([class]))') };
  });
  expect(sizes).toEqual({ h1: [19], h2: [14] });
  await context.close();
});
