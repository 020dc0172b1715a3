/**
 * The anatomy of a takeaway as a reader meets it: the editors' summary, the key quotes (each
 * linked to its spot in the text) and the two readouts side by side. What to expect comes from
 * `content/` (MDX frontmatter, readouts, comparison.yaml), so the tests follow the content.
 */
import { devices, type Locator } from '@playwright/test';
import { stanceLabels } from '../../src/lib/comparison.ts';
import { summaryText } from '../../src/lib/schemas.ts';
import { takeawayPath } from '../../src/lib/urls.ts';
import { readouts, takeaways, topics } from '../content.ts';
import { expect, test } from './fixtures.ts';
import { byId, normalize } from './helpers.ts';

const TAKEAWAYS = takeaways();
const READOUTS = readouts();
const TOPICS = topics();
const SUMMARY_LABEL = 'Samenvatting van de redactie';

for (const takeaway of TAKEAWAYS) {
  const { number, slug, summary, quotes } = takeaway;

  test.describe(`takeaway ${number} (${takeawayPath(slug)})`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(takeawayPath(slug));
      expect(response?.status()).toBe(200);
    });

    test('shows the summary, labelled as the editors’', async ({ page }) => {
      // The summary's sentences stand in one paragraph, each followed by its basis links ("¶2").
      const text = page.locator('main p').filter({ hasText: normalize(summary[0]!.text) });
      await expect(text, 'the summary is shown once').toHaveCount(1);
      await expect(text).toBeVisible();
      const withoutLinks = await text.evaluate((p) =>
        [...p.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join(''),
      );
      expect(normalize(withoutLinks), 'the sentences, in order, and nothing else').toBe(normalize(summaryText(takeaway.summary)));

      // The label belongs to the summary's own box: the nearest ancestor that names it, either
      // by a visible label element or by aria-label/aria-labelledby, and holds nothing else of note.
      const labelling = await text.evaluate((summaryElement, label) => {
        const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
        const want = norm(label);
        for (let box = summaryElement.parentElement; box && box.tagName !== 'MAIN'; box = box.parentElement) {
          const byAria =
            norm(box.getAttribute('aria-label')) === want ||
            (box.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .some((id) => id && norm(document.getElementById(id)?.textContent) === want);
          const labelElement = [...box.querySelectorAll('*')].find((el) => !el.contains(summaryElement) && norm(el.textContent) === want);
          if (!byAria && !labelElement) continue;
          const clutter = [...box.querySelectorAll('h1, h2, h3, h4, h5, h6, figure, blockquote, table')].filter(
            (el) => el !== labelElement,
          );
          return {
            how: byAria ? 'aria' : 'text',
            labelVisible: labelElement ? labelElement.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : true,
            clutter: clutter.map((el) => el.tagName.toLowerCase()),
          };
        }
        return null;
      }, SUMMARY_LABEL);
      expect(labelling, `the summary is labelled "${SUMMARY_LABEL}"`).not.toBeNull();
      expect(labelling?.labelVisible, 'the label is visible').toBe(true);
      expect(labelling?.clutter, 'the label sits in the summary’s own box, not a whole section').toEqual([]);
    });

    test('shows each key quote as a figure linked to its spot in the text', async ({ page }) => {
      for (const quote of quotes) {
        const figure = page.locator(`figure${byId(`citaat-${quote.id}`)}`);
        await expect(figure, `figure#citaat-${quote.id}`).toHaveCount(1);
        await expect(figure).toBeVisible();
        const blockquote = figure.locator('blockquote');
        await expect(blockquote).toHaveCount(1);
        await expect(blockquote, `quote ${quote.id} verbatim`).toHaveText(normalize(quote.text));
        const caption = figure.locator('figcaption');
        await expect(caption).toHaveCount(1);
        await expect(caption).toBeVisible();
        if (quote.cites) {
          const cited = READOUTS.find((r) => r.id === quote.cites);
          expect(cited, `quote ${quote.id} cites a known readout`).toBeTruthy();
          await expect(caption, `quote ${quote.id} says it cites the ${cited?.label} readout`).toContainText(cited?.label ?? '');
        }

        const mark = page.locator(`mark${byId(`tekst-${quote.id}`)}`);
        await expect(mark, `mark#tekst-${quote.id} in the body text`).toHaveCount(1);
        await expect(mark).toHaveText(normalize(quote.text));
        expect(await mark.evaluate((el) => el.closest('figure, blockquote') === null), 'the mark is in the running text').toBe(true);

        const link = figure.locator(`a[href="#tekst-${quote.id}"]`);
        await expect(link, `figure ${quote.id} links to #tekst-${quote.id}`).toHaveCount(1);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`#tekst-${quote.id}$`));
        await expect(mark, 'following the link brings the quote into view').toBeInViewport();
      }
    });

    // On a phone the table stacks, and each cell must name its side: checked at both widths.
    test('compares the readouts on this takeaway’s topics, at a desktop’s width and a phone’s', async ({ page }) => {
      const expected = TOPICS.filter((topic) => topic.takeaways.includes(slug));
      const rows = page.locator('tr[id^="onderwerp-"]');
      if (expected.length === 0) {
        await expect(rows, 'no topic rows when no topic belongs to this takeaway').toHaveCount(0);
        return;
      }

      const table = page.locator('table').filter({ has: rows });
      await expect(table, 'one comparison table').toHaveCount(1);
      const caption = table.locator('caption');
      await expect(caption).toHaveCount(1);
      await expect(caption).toHaveText(/\S/);

      // Column headers name both readouts and link to their points on /bronnen/ (where the address
      // stands with its caveat); remember each readout's column.
      const headers = table.getByRole('columnheader');
      const headerTexts = (await headers.allTextContents()).map(normalize);
      const column = new Map<string, number>();
      for (const readout of READOUTS) {
        const index = headerTexts.findIndex((t) => t.includes(readout.label));
        expect(index, `a column header names "${readout.label}" (headers: ${JSON.stringify(headerTexts)})`).toBeGreaterThanOrEqual(0);
        column.set(readout.id, index);
        const header = headers.nth(index);
        await expect(
          header.locator(`a[href="/bronnen/#verslag-${readout.id}"]`),
          `"${readout.label}" header links to its points`,
        ).toHaveCount(1);
      }

      // Exactly this takeaway's topics, in the order of comparison.yaml.
      const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.id));
      expect(ids).toEqual(expected.map((topic) => `onderwerp-${topic.id}`));

      for (const topic of expected) {
        const row = table.locator(`tr${byId(`onderwerp-${topic.id}`)}`);
        await expect(row).toContainText(topic.label);
        const cells = row.locator(':scope > th, :scope > td');
        for (const readout of READOUTS) {
          const side = topic.sides[readout.id];
          expect(side, `comparison.yaml gives ${topic.id} a ${readout.id} side`).toBeTruthy();
          const cell: Locator = cells.nth(column.get(readout.id) ?? -1);
          const where = `${topic.id} × ${readout.label}`;
          await expect(cell, `${where} shows its text`).toContainText(normalize(side!.text));
          // The points it rests on, linked to their entries on /bronnen/, in the order given.
          const pointHrefs = await cell
            .locator('a[href^="/bronnen/#punt-"]:not(:has(q))')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(pointHrefs, `${where} links to its points`).toEqual((side!.points ?? []).map((id) => `/bronnen/#punt-${id}`));
          if (side!.phrase) {
            const phrase = cell.locator('a[href^="/bronnen/#punt-"] > q[lang="en"]');
            await expect(phrase, `${where} quotes its phrase in English, linked to its point`).toHaveText(side!.phrase);
            const translated = readout.phraseSource === 'translation';
            const mark = await phrase.evaluate((q) => q.parentElement?.nextSibling?.textContent ?? '');
            expect(mark.includes('Engelse vertaling door derden'), `${where}: a translation by others says so`).toBe(translated);
          }
        }
      }

      // What the width changes: at a desktop's the column headers name the sides; at a phone's the
      // table stacks, its headers out of sight, and each cell names its side itself, drawn before
      // its text (CSS generated content from data-label). The stance shows at both.
      for (const width of ['desktop', 'phone'] as const) {
        if (width === 'phone') await page.setViewportSize(devices['Pixel 7'].viewport);
        for (const topic of expected) {
          const cells = table.locator(`tr${byId(`onderwerp-${topic.id}`)}`).locator(':scope > th, :scope > td');
          for (const readout of READOUTS) {
            const cell: Locator = cells.nth(column.get(readout.id) ?? -1);
            const where = `${topic.id} × ${readout.label} (${width})`;
            await expect(
              cell.getByText(stanceLabels[topic.sides[readout.id]!.stance], { exact: true }),
              `${where} shows its stance`,
            ).toBeVisible();
            if (width === 'phone') {
              const before = await cell.evaluate((el) => {
                const style = getComputedStyle(el, '::before');
                return { content: style.content, display: style.display, visibility: style.visibility };
              });
              expect(before.display, `${where} shows a side label`).not.toBe('none');
              expect(before.visibility, `${where} shows a side label`).toBe('visible');
              expect(before.content.toLowerCase(), `${where} names its side visibly`).toContain(`"${readout.label.toLowerCase()}"`);
            } else {
              await expect(headers.nth(column.get(readout.id) ?? -1), `"${readout.label}" column header is visible`).toBeVisible();
            }
          }
        }
      }
    });
  });
}

test('the whole analysis holds every key quote exactly once, in its takeaway', async ({ page }) => {
  await page.goto('/');
  for (const { slug, quotes } of TAKEAWAYS) {
    for (const quote of quotes) {
      await expect(page.locator(`figure${byId(`citaat-${quote.id}`)}`), `figure#citaat-${quote.id} once on /`).toHaveCount(1);
      await expect(page.locator(`section${byId(slug)} figure${byId(`citaat-${quote.id}`)}`), `in section#${slug}`).toHaveCount(1);
      await expect(page.locator(`figure${byId(`citaat-${quote.id}`)} blockquote`)).toHaveText(normalize(quote.text));
    }
  }
});
