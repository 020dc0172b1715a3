/**
 * Every page the site publishes loads cleanly and has the basics (language, one h1, skip link);
 * the home page, the takeaway pages, the 404 page and the header navigation do what they promise.
 * Pages come from the built sitemap and facts from `content/`, so both stay in sync with the site.
 */
import { type Page } from '@playwright/test';
import { takeawayPath } from '../../src/lib/urls.ts';
import { articleMeta, takeaways } from '../content.ts';
import { expect, test } from './fixtures.ts';
import { NOT_FOUND_PATH, byId, normalize, pagePaths, watchProblems, type PageProblems } from './helpers.ts';

const PAGES = pagePaths();
const TAKEAWAYS = takeaways();

/** The basics every page shares, 404 page included. */
async function expectPageBasics(page: Page, problems: PageProblems) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('h1'), 'exactly one h1').toHaveCount(1);

  // The icon the page declares is an image the browser can draw (headless Chromium does not load
  // it by itself): a data: URI, so it costs no request.
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons.length, 'the page declares a favicon').toBeGreaterThan(0);
  for (const icon of icons) {
    expect(icon, 'the icon is written into the page').toMatch(/^data:image\/svg\+xml,/);
    const width = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return image.naturalWidth;
    }, icon);
    expect(width, 'the icon decodes').toBeGreaterThan(0);
  }

  // Skip link: the first Tab stop, pointing at #inhoud, which exists; following it moves focus there.
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first, 'first focusable element is the skip link').toHaveAttribute('href', '#inhoud');
  await expect(first, 'the skip link shows when focused').toBeVisible();
  const box = await first.boundingBox();
  expect(box && box.width > 1 && box.height > 1, 'the skip link has a visible size when focused').toBe(true);
  await expect(page.locator('#inhoud'), 'the skip link target exists').toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  await expect(page.locator('#inhoud'), 'following the skip link focuses the content').toBeFocused();

  expect(problems.list(), 'console errors/warnings or failed requests').toEqual([]);
}

for (const path of PAGES) {
  test(`page ${path} loads cleanly with the basics`, async ({ page }) => {
    const problems = watchProblems(page);
    const response = await page.goto(path);
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);
    await expectPageBasics(page, problems);
  });
}

test('an unknown path gets the 404 page, which links to all five takeaways', async ({ page }) => {
  const problems = watchProblems(page, { expectedStatus: { path: NOT_FOUND_PATH, status: 404 } });
  const response = await page.goto(NOT_FOUND_PATH);
  expect(response?.status()).toBe(404);
  await expectPageBasics(page, problems);

  const main = page.locator('main');
  for (const { slug, title } of TAKEAWAYS) {
    const link = main.locator(`a[href="${takeawayPath(slug)}"]`);
    await expect(link, `404 page links to takeaway "${title}"`).toHaveCount(1);
    await expect(link).toHaveText(title);
    await expect(link).toBeVisible();
  }
});

test('home shows the lede and a section per takeaway, numbered 1 to 5 in order', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main')).toContainText(normalize(articleMeta().lede));

  expect(
    TAKEAWAYS.map((t) => t.number),
    'the content has takeaways 1..5',
  ).toEqual([1, 2, 3, 4, 5]);
  for (const { number, title, slug } of TAKEAWAYS) {
    const section = page.locator(`section${byId(slug)}`);
    await expect(section, `section#${slug}`).toHaveCount(1);
    const heading = section.locator('h2').first();
    await expect(heading).toHaveText(`${number}. ${title}`);
  }
  const order = await page.locator('section[id]').evaluateAll(
    (sections, slugs) => sections.map((s) => s.id).filter((id) => slugs.includes(id)),
    TAKEAWAYS.map((t) => t.slug),
  );
  expect(order, 'takeaway sections in article order').toEqual(TAKEAWAYS.map((t) => t.slug));
});

for (const [index, { number, title, slug }] of TAKEAWAYS.entries()) {
  test(`takeaway page ${number} has its title, a link home and the right neighbours`, async ({ page }) => {
    const response = await page.goto(takeawayPath(slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText(title);
    await expect(page.locator('main a[href="/"]').first(), 'link to the whole analysis').toBeVisible();

    const previous = TAKEAWAYS[index - 1];
    const next = TAKEAWAYS[index + 1];
    const prevLink = page.locator('a[rel~="prev"]');
    const nextLink = page.locator('a[rel~="next"]');
    if (previous) {
      await expect(prevLink).toHaveCount(1);
      await expect(prevLink).toHaveAttribute('href', takeawayPath(previous.slug));
      await expect(prevLink).toContainText(previous.title);
    } else {
      await expect(prevLink, 'no previous takeaway before the first').toHaveCount(0);
    }
    if (next) {
      await expect(nextLink).toHaveCount(1);
      await expect(nextLink).toHaveAttribute('href', takeawayPath(next.slug));
      await expect(nextLink).toContainText(next.title);
      await nextLink.click();
      await expect(page).toHaveURL(new RegExp(`${takeawayPath(next.slug)}$`));
      await expect(page.locator('h1')).toContainText(next.title);
    } else {
      await expect(nextLink, 'no next takeaway after the last').toHaveCount(0);
    }
  });
}

test('header navigation links lead to their pages', async ({ page }) => {
  const NAV = ['Analyse', 'Vergelijking', 'Briefing', 'Bronnen'];
  const start = PAGES.find((p) => p !== '/') ?? '/';
  await page.goto(start);
  const nav = page.locator('header nav');
  const targets: { label: string; href: string }[] = [];
  for (const label of NAV) {
    const link = nav.getByRole('link', { name: label, exact: true });
    await expect(link, `header nav link "${label}"`).toHaveCount(1);
    const href = await link.getAttribute('href');
    expect(href, `"${label}" has an href`).toBeTruthy();
    targets.push({ label, href: new URL(href ?? '', page.url()).pathname });
  }

  // Pages still being built are not in the sitemap yet; their links are checked once they are.
  const published = targets.filter(({ href }) => PAGES.includes(href));
  expect(published.length, 'at least the home page is published').toBeGreaterThan(0);
  // Each link is followed from the page the previous one led to: one load per link.
  for (const { label, href } of published) {
    if (new URL(page.url()).pathname === href) await page.goto(href === '/' ? start : '/');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().isNavigationRequest() && new URL(r.url()).pathname === href),
      page.locator('header nav').getByRole('link', { name: label, exact: true }).click(),
    ]);
    expect(response.status(), `"${label}" → ${href}`).toBe(200);
    await expect(page).toHaveURL((url) => url.pathname === href);
    await expect(page.locator('header nav').getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});
