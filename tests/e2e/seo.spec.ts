/**
 * The SEO and sharing contract, on every page in the built sitemap: what search engines and
 * chat apps read from the head (canonical, Open Graph, Twitter card, JSON-LD), and the preview
 * images those tags point at, checked as files in the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { OUT_DIR, pagePaths } from './helpers.ts';

const PAGES = pagePaths();

const meta = (page: Page, attribute: 'name' | 'property', key: string) => page.locator(`head meta[${attribute}="${key}"]`);

/** The single value of a meta tag; fails when the tag is missing or repeated. */
async function metaContent(page: Page, attribute: 'name' | 'property', key: string): Promise<string> {
  await expect(meta(page, attribute, key), `exactly one <meta ${attribute}="${key}">`).toHaveCount(1);
  const content = await meta(page, attribute, key).getAttribute('content');
  expect(content?.trim(), `<meta ${attribute}="${key}"> has content`).toBeTruthy();
  return content!;
}

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
  test(`SEO and sharing tags on ${pagePath}`, async ({ page }) => {
    const response = await page.goto(pagePath);
    expect(response?.status()).toBe(200);

    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1'), 'exactly one h1').toHaveCount(1);

    // Canonical: absolute, this page's path, and the same as og:url.
    const canonicalLinks = page.locator('head link[rel="canonical"]');
    await expect(canonicalLinks, 'exactly one canonical link').toHaveCount(1);
    const canonical = (await canonicalLinks.getAttribute('href')) ?? '';
    expect(canonical, 'canonical is absolute').toMatch(/^https?:\/\//);
    expect(new URL(canonical).pathname, 'canonical points at this page').toBe(pagePath);
    expect(await metaContent(page, 'property', 'og:url'), 'og:url equals the canonical URL').toBe(canonical);

    const description = await metaContent(page, 'name', 'description');
    expect(description.length, `meta description "${description}"`).toBeLessThanOrEqual(160);

    expect(await metaContent(page, 'property', 'og:locale')).toBe('nl_BE');
    await metaContent(page, 'property', 'og:site_name');
    await metaContent(page, 'property', 'og:title');
    await metaContent(page, 'property', 'og:description');
    expect(await metaContent(page, 'name', 'twitter:card')).toBe('summary_large_image');
    await metaContent(page, 'property', 'og:type');
    // The site's own pages carry no date of Knack's (its month stands only on the original, in the
    // JSON-LD's isBasedOn), and the site's own date is not recorded: no published time at all.
    await expect(meta(page, 'property', 'article:published_time'), 'no article:published_time').toHaveCount(0);

    // The preview image: absolute, on the canonical host, built, 1200×630 as announced.
    const image = await metaContent(page, 'property', 'og:image');
    expect(image, 'og:image is absolute').toMatch(/^https?:\/\//);
    expect(new URL(image).origin, 'og:image is on the canonical host').toBe(new URL(canonical).origin);
    const imagePath = new URL(image).pathname;
    expect(existsSync(builtFile(imagePath)), `${imagePath} exists in ${OUT_DIR}`).toBe(true);
    expect(await metaContent(page, 'property', 'og:image:width')).toBe('1200');
    expect(await metaContent(page, 'property', 'og:image:height')).toBe('630');
    await metaContent(page, 'property', 'og:image:alt');

    // JSON-LD: at least one block, each valid JSON in the schema.org vocabulary.
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length, 'a JSON-LD block').toBeGreaterThan(0);
    for (const block of blocks) {
      let data: unknown;
      expect(() => (data = JSON.parse(block)), 'JSON-LD parses').not.toThrow();
      expect(data).toHaveProperty('@context', 'https://schema.org');
      expect(data).toHaveProperty('@type');
    }
  });
}

test('takeaway pages announce their own image and describe themselves as part of the analysis', async ({ page }) => {
  const takeawayPages = PAGES.filter((p) => p.startsWith('/conclusies/'));
  expect(takeawayPages.length).toBeGreaterThan(0);
  for (const pagePath of takeawayPages) {
    await page.goto(pagePath);
    const slug = pagePath.split('/').filter(Boolean).at(-1);
    expect(new URL(await metaContent(page, 'property', 'og:image')).pathname).toBe(`/og/${slug}.png`);
    expect(await metaContent(page, 'property', 'og:image:alt')).toMatch(/^Conclusie \d: /);
    expect(await metaContent(page, 'property', 'og:type')).toBe('article');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '');
    expect(data).toMatchObject({ '@type': 'AnalysisNewsArticle', isPartOf: { '@type': 'AnalysisNewsArticle' } });
    expect(new URL(data.isPartOf.url).pathname).toBe('/');
    expect(typeof data.position).toBe('number');
    expect(data.abstract).toBeTruthy();
    expect(data).not.toHaveProperty('author');
  }
});

test('the home page describes the whole analysis, its sources and its five parts', async ({ page }) => {
  await page.goto('/');
  expect(new URL(await metaContent(page, 'property', 'og:image')).pathname).toBe('/og/site.png');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '');
  expect(data['@type']).toBe('AnalysisNewsArticle');
  expect(data.inLanguage).toBe('nl-BE');
  expect(data.isBasedOn.publisher.name).toBe('Knack');
  expect(data.citation).toHaveLength(2);
  expect(data.hasPart).toHaveLength(5);
  for (const part of data.hasPart) expect(PAGES).toContain(new URL(part['@id']).pathname);
});

test('every og:image in the build is a 1200×630 PNG', async ({ page }) => {
  test.slow(); // every page in one test, the share pages and their 38 cards too
  const images = new Set<string>();
  for (const pagePath of PAGES) {
    await page.goto(pagePath);
    for (const content of await meta(page, 'property', 'og:image').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')))) {
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
    const response = await page.request.get(imagePath);
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
