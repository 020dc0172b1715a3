import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const paragraphs = readFileSync('tests/fixtures/article.nl.txt', 'utf-8')
  .replace(/^\s*date \d{4}-\d{2}\s*/, '')
  .split(/\n\s*\n/)
  .map(normalize)
  .filter(Boolean)
  // Headings are rendered as "1. Title" in an h2; body paragraphs and the lede as text.
  .map((p) => ({ text: p, isHeading: /^\d\. /.test(p) }));

test('the built home page shows every paragraph of the article, verbatim and in order', async ({ page }) => {
  await page.goto('/');
  const mainText = normalize(await page.locator('main').innerText());
  let from = 0;
  for (const { text } of paragraphs) {
    const at = mainText.indexOf(text, from);
    expect(at, `not found (in order): ${text.slice(0, 80)}…`).toBeGreaterThanOrEqual(0);
    from = at + text.length;
  }
});

test('each heading of the article is an h2 on the home page', async ({ page }) => {
  await page.goto('/');
  const headings = (await page.locator('main h2').allInnerTexts()).map(normalize);
  for (const { text } of paragraphs.filter((p) => p.isHeading)) {
    expect(headings).toContain(text);
  }
});
