import { expect, test } from '@playwright/test';

test('home page shows the analysis', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
