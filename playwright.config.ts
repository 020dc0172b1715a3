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
  // One project, at a desktop's size. What depends on the width (axe, the comparison's stacking)
  // is checked at a phone's width too, on the same load: the tests resize the page to the Pixel
  // 7's viewport, which costs far less than loading every page again in a second project.
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
});
