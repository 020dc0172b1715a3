/**
 * The SEO and sharing contract, on every page in the built sitemap: what search engines and
 * chat apps read from the head (canonical, Open Graph, Twitter card, JSON-LD), and the preview
 * images those tags point at, checked as files in the build. Read as a crawler reads it, with no
 * browser: one request for the page, its HTML parsed (tests/e2e/share-pages.spec.ts does the same).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { PNG } from 'pngjs';
import { takeawayPath } from '../../src/lib/urls.ts';
import { articleMeta, takeaways } from '../content.ts';
import { expect, fetchHtml, test } from './fixtures.ts';
import { OUT_DIR, pagePaths } from './helpers.ts';

const PAGES = pagePaths();
const META = articleMeta();
const TAKEAWAYS = takeaways();

const meta = (document: HTMLElement, attribute: 'name' | 'property', key: string) =>
  document.querySelectorAll(`head meta[${attribute}="${key}"]`);

/** The single value of a meta tag; fails when the tag is missing or repeated. */
function metaContent(document: HTMLElement, attribute: 'name' | 'property', key: string): string {
  const tags = meta(document, attribute, key);
  expect(tags, `exactly one <meta ${attribute}="${key}">`).toHaveLength(1);
  const content = tags[0]?.getAttribute('content');
  expect(content?.trim(), `<meta ${attribute}="${key}"> has content`).toBeTruthy();
  return content!;
}

const jsonLdBlocks = (document: HTMLElement): string[] =>
  document.querySelectorAll('script[type="application/ld+json"]').map((script) => script.text);

/** The file in the build that a site URL path is served from. */
function builtFile(urlPath: string): string {
  return path.join(OUT_DIR, decodeURIComponent(urlPath));
}

/** Width and height of a PNG file (pngjs decodes it, so it must be a valid PNG). */
function pngSize(file: string): { width: number; height: number } {
  const { width, height } = PNG.sync.read(readFileSync(file));
  return { width, height };
}

for (const pagePath of PAGES) {
  test(`SEO and sharing tags on ${pagePath}`, async ({ request }) => {
    const html = await fetchHtml(request, pagePath);

    expect(html.querySelector('html')?.getAttribute('lang')).toBe('nl');
    expect(html.querySelectorAll('h1'), 'exactly one h1').toHaveLength(1);

    // Canonical: absolute, this page's path, and the same as og:url.
    const canonicalLinks = html.querySelectorAll('head link[rel="canonical"]');
    expect(canonicalLinks, 'exactly one canonical link').toHaveLength(1);
    const canonical = canonicalLinks[0]?.getAttribute('href') ?? '';
    expect(canonical, 'canonical is absolute').toMatch(/^https?:\/\//);
    expect(new URL(canonical).pathname, 'canonical points at this page').toBe(pagePath);
    expect(metaContent(html, 'property', 'og:url'), 'og:url equals the canonical URL').toBe(canonical);

    const description = metaContent(html, 'name', 'description');
    expect(description.length, `meta description "${description}"`).toBeLessThanOrEqual(160);

    expect(metaContent(html, 'property', 'og:locale')).toBe('nl_BE');
    metaContent(html, 'property', 'og:site_name');
    metaContent(html, 'property', 'og:title');
    metaContent(html, 'property', 'og:description');
    expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image');
    metaContent(html, 'property', 'og:type');
    // The site's own pages carry no date of Knack's (its month stands only on the original, in the
    // JSON-LD's isBasedOn), and the site's own date is not recorded: no published time at all.
    expect(meta(html, 'property', 'article:published_time'), 'no article:published_time').toHaveLength(0);

    // The preview image: absolute, on the canonical host, built, 1200×630 as announced.
    const image = metaContent(html, 'property', 'og:image');
    expect(image, 'og:image is absolute').toMatch(/^https?:\/\//);
    expect(new URL(image).origin, 'og:image is on the canonical host').toBe(new URL(canonical).origin);
    const imagePath = new URL(image).pathname;
    expect(existsSync(builtFile(imagePath)), `${imagePath} exists in ${OUT_DIR}`).toBe(true);
    expect(metaContent(html, 'property', 'og:image:width')).toBe('1200');
    expect(metaContent(html, 'property', 'og:image:height')).toBe('630');
    metaContent(html, 'property', 'og:image:alt');

    // JSON-LD: at least one block, each valid JSON in the schema.org vocabulary.
    const blocks = jsonLdBlocks(html);
    expect(blocks.length, 'a JSON-LD block').toBeGreaterThan(0);
    for (const block of blocks) {
      let data: unknown;
      expect(() => (data = JSON.parse(block)), 'JSON-LD parses').not.toThrow();
      expect(data).toHaveProperty('@context', 'https://schema.org');
      expect(data).toHaveProperty('@type');
    }
  });
}

test('takeaway pages announce their own image and describe themselves as part of the analysis', async ({ request }) => {
  const takeawayPages = PAGES.filter((p) => p.startsWith('/conclusies/'));
  expect(takeawayPages.length).toBeGreaterThan(0);
  for (const pagePath of takeawayPages) {
    const html = await fetchHtml(request, pagePath);
    const slug = pagePath.split('/').filter(Boolean).at(-1);
    expect(new URL(metaContent(html, 'property', 'og:image')).pathname).toBe(`/og/${slug}.png`);
    expect(metaContent(html, 'property', 'og:image:alt')).toMatch(/^Conclusie \d: /);
    expect(metaContent(html, 'property', 'og:type')).toBe('article');
    const data = JSON.parse(jsonLdBlocks(html)[0] ?? '');
    expect(data).toMatchObject({ '@type': 'AnalysisNewsArticle', isPartOf: { '@type': 'AnalysisNewsArticle' } });
    expect(new URL(data.isPartOf.url).pathname).toBe('/');
    expect(typeof data.position).toBe('number');
    expect(data.abstract).toBeTruthy();
    expect(data).not.toHaveProperty('author');
  }
});

test('the home page describes the whole analysis, its sources and its five parts', async ({ request }) => {
  const html = await fetchHtml(request, '/');
  expect(new URL(metaContent(html, 'property', 'og:image')).pathname).toBe('/og/site.png');
  const data = JSON.parse(jsonLdBlocks(html)[0] ?? '');
  expect(data['@type']).toBe('AnalysisNewsArticle');
  expect(data.inLanguage).toBe('nl-BE');
  expect(data.isBasedOn.publisher.name).toBe('Knack');
  expect(data.citation).toHaveLength(2);
  expect(data.hasPart).toHaveLength(5);
  for (const part of data.hasPart) expect(PAGES).toContain(new URL(part['@id']).pathname);
});

test('every og:image in the build is a 1200×630 PNG', async ({ request }) => {
  const images = new Set<string>();
  for (const pagePath of PAGES) {
    for (const tag of meta(await fetchHtml(request, pagePath), 'property', 'og:image')) {
      const content = tag.getAttribute('content');
      if (content) images.add(new URL(content).pathname);
    }
  }
  expect(images.size, 'the site image and one per takeaway, key quote and comparison topic').toBeGreaterThanOrEqual(
    1 + PAGES.filter((p) => /^\/(conclusies|citaat|onderwerp)\//.test(p)).length,
  );
  for (const imagePath of images) {
    const file = builtFile(imagePath);
    expect(existsSync(file), `${imagePath} exists`).toBe(true);
    expect(pngSize(file), imagePath).toEqual({ width: 1200, height: 630 });
    // The preview server serves it as an image, too.
    const response = await request.get(imagePath);
    expect(response.status(), imagePath).toBe(200);
    expect(response.headers()['content-type'], imagePath).toContain('image/png');
  }
});

test('/favicon.ico, where feed readers and search engines look by themselves, is an icon file', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  const ico = await response.body();
  // ICONDIR: reserved 0, type 1 (icon), then the number of images.
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  expect(ico.readUInt16LE(4)).toBeGreaterThan(0);
});

test('every page’s description names Knack', async ({ request }) => {
  for (const pagePath of PAGES) {
    const html = await fetchHtml(request, pagePath);
    expect(metaContent(html, 'name', 'description'), pagePath).toContain(META.source.publication);
    expect(metaContent(html, 'property', 'og:description'), pagePath).toContain(META.source.publication);
  }
});

test('takeaway descriptions say which conclusion of Knack’s they are, with the whole short summary', async ({ request }) => {
  for (const takeaway of TAKEAWAYS) {
    const html = await fetchHtml(request, takeawayPath(takeaway.slug));
    expect(metaContent(html, 'name', 'description')).toBe(
      `${META.source.publication}, conclusie ${takeaway.number} van ${TAKEAWAYS.length}: ${takeaway.shortSummary.map((s) => s.text).join(' ')}`,
    );
  }
});
