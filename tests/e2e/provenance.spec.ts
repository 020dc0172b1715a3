/**
 * Every claim traceable (issue 10): the comparison's cells link to the readout points they rest
 * on, /bronnen/ lists both readouts point by point in their own order, each summary sentence
 * links to the paragraphs it rests on, every paragraph of the article has its anchor, the
 * article is attributed to Knack with its rights line. Expectations come from `content/`. That
 * every link and fragment resolves, and that an unconfirmed address never stands without its
 * caveat, the build's own checks see (npm run check:links: scripts/link-check.ts, hedge-check.ts).
 */
import { takeawayPath } from '../../src/lib/urls.ts';
import { articleMeta, contextFacts, readouts, takeaways, topics } from '../content.ts';
import { expect, fetchHtml, test } from './fixtures.ts';
import { byId, normalize } from './helpers.ts';

const TAKEAWAYS = takeaways();
const READOUTS = readouts();
const TOPICS = topics();
const FACTS = contextFacts();
const META = articleMeta();
const SOURCES = '/bronnen/';

test.describe('readout points on /bronnen/', () => {
  // Ids, text and links in the markup: read as the server sends the page, with no browser.
  test('lists every point of each readout, in the readout’s own order, Kremlin first', async ({ request }) => {
    const html = await fetchHtml(request, SOURCES);
    const sections = html.querySelectorAll('main section[aria-labelledby^="verslag-"]');
    expect(sections.map((el) => el.getAttribute('aria-labelledby'))).toEqual(READOUTS.map((r) => `verslag-${r.id}`));
    for (const readout of READOUTS) {
      const section = html.querySelector(`main section[aria-labelledby="verslag-${readout.id}"]`)!;
      const items = section.querySelectorAll('ol > li');
      expect(
        items.map((li) => li.id),
        `${readout.label}: points in content order`,
      ).toEqual(readout.points.map((p) => `punt-${p.id}`));
      for (const point of readout.points) {
        const item = section.querySelector(`li${byId(`punt-${point.id}`)}`)!;
        const text = normalize(item.text);
        expect(text, `${point.id} shows its id`).toContain(point.id);
        expect(text, `${point.id} shows our paraphrase`).toContain(normalize(point.text));
        expect(
          item.querySelectorAll('q[lang="en"]').map((q) => normalize(q.text)),
          `${point.id} quotes its phrases in English`,
        ).toEqual((point.phrases ?? []).map(normalize));
        if ((point.phrases ?? []).length > 0) {
          expect(
            text.includes('Engelse vertaling door derden'),
            `${point.id}: phrases marked as translations by others exactly for a translated readout`,
          ).toBe(readout.phraseSource === 'translation');
        }
        expect(text.split('Plaats in het verslag niet bevestigd').length - 1, `${point.id}: uncertain position marked`).toBe(
          point.orderUncertain ? 1 : 0,
        );
        const citing = TOPICS.filter((t) => Object.values(t.sides).some((cell) => cell.points?.includes(point.id)));
        for (const topic of citing) {
          expect(
            item.querySelectorAll(`a[href="/vergelijking/#onderwerp-${topic.id}"]`),
            `${point.id} links to topic ${topic.id}`,
          ).toHaveLength(1);
        }
      }
    }
  });

  test('lists the context facts after the readouts', async ({ request }) => {
    const html = await fetchHtml(request, SOURCES);
    for (const fact of FACTS) {
      const item = html.querySelector(`main li${byId(`punt-${fact.id}`)}`);
      expect(item, `li#punt-${fact.id}`).not.toBeNull();
      expect(normalize(item?.text)).toContain(fact.id);
      expect(normalize(item?.text)).toContain(normalize(fact.text));
    }
  });

  test('each cell cites exactly its points on /vergelijking/, and every point is cited somewhere', async ({ page }) => {
    await page.goto('/vergelijking/');
    const cited = new Set<string>();
    for (const topic of TOPICS) {
      for (const [index, readout] of READOUTS.entries()) {
        const cell = page.locator(`tr${byId(`onderwerp-${topic.id}`)} > td`).nth(index);
        const hrefs = await cell.locator('a:not(:has(q))').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        const want = topic.sides[readout.id]?.points ?? [];
        expect(hrefs, `${topic.id} × ${readout.label}`).toEqual(want.map((id) => `/bronnen/#punt-${id}`));
        want.forEach((id) => cited.add(id));
        // Each point link names whose point it is.
        for (const id of want) {
          await expect(cell.locator(`a[href="/bronnen/#punt-${id}"]:not(:has(q))`)).toHaveAccessibleName(
            new RegExp(`${readout.label}.*punt ${id}`),
          );
        }
      }
    }
    expect(
      [...READOUTS.flatMap((r) => r.points.map((p) => p.id))].filter((id) => !cited.has(id)),
      'points no cell cites',
    ).toEqual([]);
  });
});

test.describe('paragraph anchors and summary bases', () => {
  test('every paragraph of the article text has its anchor, holding that paragraph', async ({ page }) => {
    /** The id and text of each paragraph anchor of `prefix` in main, read in one round trip. */
    const anchored = (prefix: string, text: 'innerText' | 'textContent') =>
      page
        .locator(`main [id^="${prefix}"]`)
        .evaluateAll((els, property) => els.map((el) => ({ id: el.id, p: el.tagName, text: (el as HTMLElement)[property] })), text)
        .then((found) => found.map(({ id, p, text }) => ({ id, p, text: normalize(text) })));
    const expected = (number: number, paragraphs: string[]) =>
      paragraphs.map((text, i) => ({ id: `alinea-${number}-${i + 1}`, p: 'P', text }));

    await page.goto('/');
    expect(await anchored('alinea-0-', 'innerText'), 'the lede').toEqual(expected(0, META.ledeParagraphs));
    // The takeaways' text stands on / and on each takeaway's own page. textContent: innerText is
    // empty while a block is not rendered yet (render-when-visible).
    for (const takeaway of TAKEAWAYS) {
      expect(await anchored(`alinea-${takeaway.number}-`, 'textContent'), `/: takeaway ${takeaway.number}`).toEqual(
        expected(takeaway.number, takeaway.paragraphs),
      );
    }
    for (const takeaway of TAKEAWAYS) {
      const pagePath = takeawayPath(takeaway.slug);
      await page.goto(pagePath);
      expect(await anchored(`alinea-${takeaway.number}-`, 'textContent'), `${pagePath}: takeaway ${takeaway.number}`).toEqual(
        expected(takeaway.number, takeaway.paragraphs),
      );
    }
  });

  test('every summary sentence links to the paragraphs it rests on (the briefing: the short summary)', async ({ page }) => {
    for (const pagePath of ['/', '/briefing/', ...TAKEAWAYS.map((t) => takeawayPath(t.slug))]) {
      await page.goto(pagePath);
      const shown = pagePath === '/' || pagePath === '/briefing/' ? TAKEAWAYS : TAKEAWAYS.filter((t) => takeawayPath(t.slug) === pagePath);
      for (const takeaway of shown) {
        const given = pagePath === '/briefing/' ? takeaway.shortSummary : takeaway.summary;
        const summary = page.locator('main p').filter({ hasText: normalize(given[0]!.text) });
        await expect(summary, `${pagePath}: summary of takeaway ${takeaway.number} once`).toHaveCount(1);
        // The paragraph: text, then that sentence's links, sentence by sentence.
        const parts = await summary.evaluate((p) =>
          [...p.childNodes].map((node) =>
            node.nodeType === Node.TEXT_NODE
              ? { text: node.textContent ?? '' }
              : {
                  href: (node as Element).getAttribute('href') ?? '',
                  text: node.textContent ?? '',
                },
          ),
        );
        const sentences: { text: string; hrefs: string[] }[] = [];
        for (const part of parts) {
          if ('href' in part) sentences.at(-1)?.hrefs.push(part.href);
          else if (part.text.trim()) sentences.push({ text: normalize(part.text), hrefs: [] });
        }
        const textHere = pagePath !== '/briefing/';
        expect(sentences, `${pagePath}: sentences of takeaway ${takeaway.number} with their bases`).toEqual(
          given.map((s) => ({
            text: normalize(s.text),
            hrefs: s.paragraphs.map((n) => `${textHere ? '' : takeawayPath(takeaway.slug)}#alinea-${takeaway.number}-${n}`),
          })),
        );
        // Each reads "¶n" and is named "alinea n", n the paragraph it leads to.
        const links = summary.locator('a');
        const numbers = given.flatMap((s) => s.paragraphs);
        await expect(links).toHaveText(numbers.map((n) => `¶${n}`));
        for (const [i, n] of numbers.entries()) await expect(links.nth(i)).toHaveAccessibleName(`alinea ${n}`);
      }
    }
  });

  test('following a basis link lands on its paragraph', async ({ page }) => {
    const takeaway = TAKEAWAYS[0]!;
    const n = takeaway.summary[0]!.paragraphs[0]!;
    await page.goto(takeawayPath(takeaway.slug));
    await page.locator(`main a[href="#alinea-${takeaway.number}-${n}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`#alinea-${takeaway.number}-${n}$`));
    await expect(page.locator(byId(`alinea-${takeaway.number}-${n}`))).toBeInViewport();
  });
});

test.describe('attribution and rights', () => {
  test('/ shows Knack’s headline, how it is known, the month, the original and the rights beside the text', async ({ page }) => {
    await page.goto('/');
    const header = page.locator('main header').first();
    const line = header.locator('p').filter({ hasText: META.source.rights });
    await expect(line, 'the rights line in the header, by the lede').toHaveCount(1);
    await expect(line).toContainText(`‘${META.source.headline}’`);
    await expect(line).toContainText(META.source.headlineNote.replace(/\.\s*$/, ''));
    await expect(line).toContainText(`${META.source.publication}, maart 2025`);
    await expect(line.locator(`a[href="${META.source.url}"]`)).toHaveCount(1);
    // The site's own title reads as ours: the label above it says whose briefing of what this is.
    const eyebrow = header.locator('p').first();
    await expect(eyebrow).toContainText(`Onze briefing bij een analyse van ${META.source.publication}`);
    expect(await header.locator('h1').evaluate((h1) => h1.previousElementSibling?.textContent ?? '')).toContain('Onze briefing');
  });

  for (const takeaway of TAKEAWAYS) {
    test(`takeaway page ${takeaway.number} has the rights line beside the text`, async ({ page }) => {
      await page.goto(takeawayPath(takeaway.slug));
      const line = page.locator('main p').filter({ hasText: META.source.rights });
      await expect(line).toHaveCount(1);
      await expect(line.locator(`a[href="${META.source.url}"]`)).toHaveCount(1);
      expect(await line.evaluate((p) => p.previousElementSibling?.classList.contains('article-text')), 'right after the text').toBe(true);
    });
  }
});
