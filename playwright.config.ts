import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';

/**
 * Browser tests run against the built site, in the Chromium scripts/chromium.ts finds. The global
 * setup serves the build on a port the system picks and sets PREVIEW_URL before the workers start;
 * there is no fixed port, so the suite never tests a server it did not start.
 */
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/serve.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: process.env.PREVIEW_URL,
    locale: 'nl-BE',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    // On a phone-sized screen only what depends on the width, tagged @width: axe on every page
    // (contrast and target size change with the layout) and the comparison's stacking.
    { name: 'mobile', use: { ...devices['Pixel 7'] }, grep: /@width/ },
  ],
});
