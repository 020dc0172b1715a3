/**
 * Every key quote and every comparison topic has a share page that unfurls as itself (issue 21).
 * Read the way a link unfurler reads it, with no browser: one request for the page, its `twitter:`
 * tags with the `og:` tags as fallback, then one request for the card it names, whose PNG header
 * must give the size the tags declare. The page must name its piece in title, description and
 * card (its own card, its alt text); the card's text itself is unit-tested in src/lib/og-image.test.ts.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { stanceLabels } from '../../src/lib/comparison.ts';
import {
  paths,
  quoteCardPath,
  quoteInTextPath,
  quoteSharePath,
  takeawayPath,
  topicCardPath,
  topicPath,
  topicSharePath,
} from '../../src/lib/urls.ts';
import { articleMeta, readouts, takeaways, topics } from '../content.ts';
import { normalize, sitemapPaths } from './helpers.ts';

const META = articleMeta();
const TAKEAWAYS = takeaways();
const READOUTS = readouts();
const TOPICS = topics();

interface Unfurl {
  html: HTMLElement;
  title: string;
  description: string;
  url: string;
  canonical: string;
  image: string;
  imageAlt: string;
  imageWidth: number;
  imageHeight: number;
  card: string;
  jsonLd: Record<string, unknown>;
}

/** The page as an unfurler sees it: the first response, and the tags in its head. */
async function unfurl(request: APIRequestContext, pagePath: string): Promise<Unfurl> {
  const response = await request.get(pagePath, { maxRedirects: 0 });
  expect(response.status(), `${pagePath}: a real page, not a redirect`).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  const html = parse(await response.text());
  const head = html.querySelector('head')!;
  const tag = (key: string): string | undefined => {
    const found = head.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`);
    expect(found.length, `${pagePath}: at most one ${key}`).toBeLessThanOrEqual(1);
    return found[0]?.getAttribute('content');
  };
  const need = (value: string | undefined, what: string): string => {
    expect(value, `${pagePath}: ${what}`).toBeTruthy();
    return value!;
  };
  const blocks = head.querySelectorAll('script[type="application/ld+json"]');
  expect(blocks, `${pagePath}: one JSON-LD block`).toHaveLength(1);
  return {
    html,
    // Twitter/X reads twitter:* and falls back to og:*; the others read og:*.
    title: need(tag('twitter:title') ?? tag('og:title'), 'title'),
    description: need(tag('twitter:description') ?? tag('og:description'), 'description'),
    url: need(tag('og:url'), 'og:url'),
    canonical: need(head.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical'),
    image: need(tag('twitter:image') ?? tag('og:image'), 'image'),
    imageAlt: need(tag('twitter:image:alt') ?? tag('og:image:alt'), 'image alt'),
    imageWidth: Number(need(tag('og:image:width'), 'og:image:width')),
    imageHeight: Number(need(tag('og:image:height'), 'og:image:height')),
    card: need(tag('twitter:card'), 'twitter:card'),
    jsonLd: JSON.parse(blocks[0]!.text) as Record<string, unknown>,
  };
}

/** Fetches the card an unfurl names, and reads its size from the PNG header (IHDR). */
async function cardSize(request: APIRequestContext, image: string): Promise<{ width: number; height: number; bytes: Buffer }> {
  const response = await request.get(new URL(image).pathname);
  expect(response.status(), image).toBe(200);
  expect(response.headers()['content-type'], image).toContain('image/png');
  const bytes = await response.body();
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${image} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1'), `${image}: IHDR first`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes };
}

/** What every share page shares: its own address, a large card of the declared size, indexable. */
async function expectSharePage(request: APIRequestContext, pagePath: string, cardPath: string): Promise<Unfurl> {
  const page = await unfurl(request, pagePath);
  expect(new URL(page.canonical).pathname, 'canonical: the share page itself').toBe(pagePath);
  expect(page.url, 'og:url equals the canonical address').toBe(page.canonical);
  expect(page.card).toBe('summary_large_image');
  expect(new URL(page.image).pathname, 'its own card').toBe(cardPath);
  expect(new URL(page.image).origin).toBe(new URL(page.canonical).origin);
  const { width, height } = await cardSize(request, page.image);
  expect({ width, height }, `${cardPath}: the size the tags declare`).toEqual({ width: page.imageWidth, height: page.imageHeight });
  expect({ width, height }).toEqual({ width: 1200, height: 630 });
  expect(page.description.length, 'description fits a preview').toBeLessThanOrEqual(160);
  expect(page.html.querySelector('meta[name="robots"]'), 'indexable: no noindex').toBeNull();
  expect(page.html.querySelectorAll('h1'), 'one h1').toHaveLength(1);
  return page;
}

const quotes = TAKEAWAYS.flatMap((takeaway) => takeaway.quotes.map((quote) => ({ takeaway, quote })));

test.describe('each key quote unfurls as itself', () => {
  for (const { takeaway, quote } of quotes) {
    test(`${quoteSharePath(quote.id)}`, async ({ request }) => {
      const page = await expectSharePage(request, quoteSharePath(quote.id), quoteCardPath(quote.id));
      const firstWords = quote.text.split(/\s+/).slice(0, 6).join(' ');
      // Title: whose words and the words; description: which takeaway; card alt: the whole quote.
      expect(page.title).toContain(META.source.publication);
      expect(page.title).toContain(`“${firstWords}`);
      expect(page.description).toContain(`conclusie ${takeaway.number} van ${TAKEAWAYS.length}`);
      expect(page.description).toContain(takeaway.title);
      expect(page.imageAlt).toContain(`“${normalize(quote.text)}”`);
      expect(page.imageAlt).toContain(`conclusie ${takeaway.number}`);
      // Structured data: Knack's words, a Quotation that is part of the article.
      expect(page.jsonLd).toMatchObject({ '@type': 'Quotation', text: quote.text, url: page.canonical });
      expect(page.jsonLd['isPartOf']).toMatchObject({ url: META.source.url, publisher: { name: META.source.publication } });
      expect(page.jsonLd['isPartOf'], 'the likely headline with its note').toHaveProperty('disambiguatingDescription');

      // The page: the quote, its paragraph with the quote marked, whose words, where it stands.
      const main = page.html.querySelector('main')!;
      expect(normalize(main.querySelector('blockquote')?.text)).toBe(`“${normalize(quote.text)}”`);
      const paragraph = takeaway.paragraphs.find((p) => p.includes(normalize(quote.text)))!;
      expect(normalize(main.querySelector('.article-text p')?.text)).toBe(paragraph);
      expect(normalize(main.querySelector('.article-text mark')?.text)).toBe(normalize(quote.text));
      expect(main.querySelector(`a[href="${quoteInTextPath(takeaway.slug, quote.id)}"]`), 'link to its place in the text').not.toBeNull();
      expect(main.querySelector(`a[href="${takeawayPath(takeaway.slug)}"]`), 'link to its takeaway').not.toBeNull();
      expect(normalize(main.text)).toContain(normalize(META.source.rights));
      expect(normalize(main.text), 'the unconfirmed headline with its hedge').toContain(META.source.headlineNote);
    });
  }
});

test.describe('each comparison topic unfurls as itself', () => {
  for (const topic of TOPICS) {
    test(`${topicSharePath(topic.id)}`, async ({ request }) => {
      const page = await expectSharePage(request, topicSharePath(topic.id), topicCardPath(topic.id));
      const stances = READOUTS.map((r) => `${r.label}: ${stanceLabels[topic.sides[r.id]!.stance].toLowerCase()}`);
      expect(page.title).toContain(topic.label);
      expect(page.description).toContain(topic.label);
      for (const stance of stances) {
        expect(page.description).toContain(stance);
        expect(page.imageAlt).toContain(stance);
      }
      expect(page.imageAlt).toContain(topic.label);
      expect(page.imageAlt).toContain('Samenvatting van de redactie');
      // Structured data: our analysis, based on the article and both readouts, with the hedges of
      // every page (src/lib/hedges.ts): the headline with its note, an unconfirmed address left out.
      expect(page.jsonLd['@type']).toBe('AnalysisNewsArticle');
      const basedOn = page.jsonLd['isBasedOn'] as { url?: string; disambiguatingDescription?: string }[];
      expect(basedOn.map((work) => work.url)).toEqual([META.source.url, ...READOUTS.map((r) => (r.urlCaveat ? undefined : r.url))]);
      expect(basedOn[0]!.disambiguatingDescription, 'the likely headline with its note').toBeTruthy();

      // The page: both cells, said to be ours, the takeaways, the row on /vergelijking/.
      const main = page.html.querySelector('main')!;
      const text = normalize(main.text);
      expect(text).toContain('onze eigen samenvatting');
      for (const readout of READOUTS) {
        const cell = topic.sides[readout.id]!;
        const td = main.querySelector(`td[data-side="${readout.id}"]`);
        expect(normalize(td?.text), `${readout.label}'s cell`).toContain(normalize(cell.text));
        expect(td?.querySelector(`.stance[data-stance="${cell.stance}"]`), `${readout.label}'s stance`).not.toBeNull();
        for (const point of cell.points ?? []) expect(td?.querySelector(`a[href="/bronnen/#punt-${point}"]`), point).not.toBeNull();
        if (readout.urlCaveat) expect(text, `${readout.label}: the address's caveat`).toContain(normalize(readout.urlCaveat));
      }
      if (topic.note) expect(text).toContain(normalize(topic.note.text));
      for (const source of topic.note?.sources ?? [])
        expect(main.querySelector(`a[href$="#${source.startsWith('alinea-') ? source : `punt-${source}`}"]`), source).not.toBeNull();
      for (const slug of topic.takeaways) expect(main.querySelector(`a[href="${takeawayPath(slug)}"]`), slug).not.toBeNull();
      expect(main.querySelector(`a[href="${topicPath(topic.id)}"]`), 'link to its row on /vergelijking/').not.toBeNull();
    });
  }
});

test('every piece has a card of its own, and the share pages are left out of the sitemap', async ({ request }) => {
  const cards = new Map<string, string>();
  for (const pagePath of [...quotes.map(({ quote }) => quoteSharePath(quote.id)), ...TOPICS.map((t) => topicSharePath(t.id))]) {
    const { bytes } = await cardSize(request, (await unfurl(request, pagePath)).image);
    const hash = bytes.toString('base64');
    expect(cards.get(hash), `${pagePath} has the same card as another piece`).toBeUndefined();
    cards.set(hash, pagePath);
  }
  expect(cards.size).toBe(quotes.length + TOPICS.length);
  const sitemap = sitemapPaths();
  expect(sitemap).toContain(paths.comparison);
  expect(sitemap.filter((p) => p.startsWith('/citaat/') || p.startsWith('/onderwerp/'))).toEqual([]);
});
