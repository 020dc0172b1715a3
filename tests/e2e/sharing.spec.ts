import { paths, quotePath, quoteSharePath, takeawayPath, topicPath, topicSharePath } from '../../src/lib/urls.ts';
import { takeaways, topics } from '../content.ts';
import { expect, test } from './fixtures.ts';
import { byId, enhanced } from './helpers.ts';

const first = takeaways()[0]!;
const firstQuote = first.quotes[0]!;
const firstTopic = topics().find((topic) => topic.takeaways.includes(first.slug))!;

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the absolute deep link of a takeaway and announces it', async ({ page, baseURL }) => {
    await page.goto('/');
    await enhanced(page);
    const section = page.locator(`section#${first.slug}`);
    await section.getByRole('link', { name: `Kopieer link naar conclusie ${first.number}` }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The canonical host comes from astro.config's `site`; only the path must match the takeaway.
    expect(new URL(copied).pathname).toBe(takeawayPath(first.slug));
    expect(copied).toMatch(/^https?:\/\//);
    await expect(page.locator('#live-status')).toHaveText(/Link gekopieerd/);
    // The reader stays where they were.
    expect(page.url()).toBe(`${baseURL}/`);
  });

  test('copies the address of a quote’s share page, which unfurls as that quote', async ({ page }) => {
    await page.goto(takeawayPath(first.slug));
    await enhanced(page);
    await page.locator(`figure#citaat-${firstQuote.id}`).getByRole('link', { name: 'Kopieer link naar dit citaat' }).click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(`${copied.pathname}${copied.hash}`).toBe(quoteSharePath(firstQuote.id));
  });

  for (const pagePath of [takeawayPath(first.slug), paths.comparison]) {
    test(`copies the address of a comparison topic’s share page from its row on ${pagePath}`, async ({ page }) => {
      await page.goto(pagePath);
      await enhanced(page);
      await page
        .locator(`tr${byId(`onderwerp-${firstTopic.id}`)}`)
        .getByRole('link', { name: `Kopieer link naar onderwerp ${firstTopic.label}` })
        .click();
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(`${copied.pathname}${copied.hash}`).toBe(topicSharePath(firstTopic.id));
      await expect(page.locator('#live-status')).toHaveText(/Link gekopieerd/);
    });
  }
});

test.describe('share button', () => {
  test('appears beside each copy link where the Web Share API exists, and shares that link', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shared: ShareData[] };
      w.shared = [];
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (w.shared.push(data), Promise.resolve()) });
    });
    await page.goto('/');
    await enhanced(page);
    await expect(page.getByRole('button', { name: /^Deel / })).toHaveCount(await page.locator('a[data-copy-link]').count());
    await page
      .locator(`section#${first.slug}`)
      .getByRole('button', { name: `Deel conclusie ${first.number}` })
      .click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.title).toBe(`conclusie ${first.number}`);
    expect(new URL(shared[0]!.url!).pathname).toBe(takeawayPath(first.slug));
  });

  test('on a quote and on a comparison row, shares its share page', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shared: ShareData[] };
      w.shared = [];
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (w.shared.push(data), Promise.resolve()) });
    });
    await page.goto(takeawayPath(first.slug));
    await enhanced(page);
    await page.locator(`figure#citaat-${firstQuote.id}`).getByRole('button', { name: 'Deel dit citaat' }).click();
    await page
      .locator(`tr${byId(`onderwerp-${firstTopic.id}`)}`)
      .getByRole('button', { name: `Deel onderwerp ${firstTopic.label}` })
      .click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared.map((data) => new URL(data.url!).pathname)).toEqual([quoteSharePath(firstQuote.id), topicSharePath(firstTopic.id)]);
    expect(shared[1]!.title).toBe(`onderwerp ${firstTopic.label}`);
  });

  test('is absent where the Web Share API does not exist (desktop Chromium)', async ({ page }) => {
    await page.goto('/');
    await enhanced(page);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await expect(page.getByRole('button', { name: /^Deel / })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Kopieer link" is a plain link to the deep link, and there is no share button', async ({ page }) => {
    await page.goto('/');
    const link = page.locator(`section#${first.slug}`).getByRole('link', { name: `Kopieer link naar conclusie ${first.number}` });
    expect(new URL((await link.getAttribute('href'))!).pathname).toBe(takeawayPath(first.slug));
    await expect(page.getByRole('button', { name: /^Deel / })).toHaveCount(0);
  });
});

test('the share pages lead back to the piece in place: its quote in the text, its row in the comparison', async ({ page }) => {
  await page.goto(quoteSharePath(firstQuote.id));
  await page.getByRole('link', { name: 'Lees het in de tekst' }).click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === `${takeawayPath(first.slug)}#tekst-${firstQuote.id}`);
  await expect(page.locator(`mark#tekst-${firstQuote.id}`)).toBeInViewport();

  await page.goto(topicSharePath(firstTopic.id));
  await page.getByRole('link', { name: 'Dit onderwerp in de hele vergelijking' }).click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === topicPath(firstTopic.id));
  await expect(page.locator(`tr${byId(`onderwerp-${firstTopic.id}`)}`)).toBeInViewport();
});

test('a shared quote link (the fragment, still published) lands on the quote, below the top edge', async ({ page }) => {
  await page.goto(quotePath(first.slug, firstQuote.id));
  const quote = page.locator(`figure#citaat-${firstQuote.id}`);
  await expect(quote).toBeInViewport();
  const box = await quote.boundingBox();
  expect(box!.y).toBeGreaterThan(0);
});

test('short aliases lead to their takeaway', async ({ page }) => {
  for (const t of takeaways()) {
    await page.goto(`/${t.number}/`);
    await expect(page).toHaveURL(new RegExp(`${takeawayPath(t.slug)}$`));
    await expect(page.locator('h1')).toContainText(t.title);
  }
});

test('each takeaway heading, quote and comparison row has a link to itself', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator(`section#${first.slug} a[href="#${first.slug}"]`)).toHaveCount(1);
  for (const quote of first.quotes) {
    await expect(page.locator(`figure#citaat-${quote.id} a[href="#citaat-${quote.id}"]`)).toHaveCount(1);
  }
  const rows = page.locator('tr[id^="onderwerp-"]');
  for (const id of await rows.evaluateAll((trs) => trs.map((tr) => tr.id))) {
    await expect(page.locator(`tr#${id} a[href="#${id}"]`)).toHaveCount(1);
  }
});
