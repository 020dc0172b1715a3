import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';

/** Browser tests run against the built site (`astro preview`), in the Chromium scripts/chromium.ts finds. */
const port = Number(process.env.PREVIEW_PORT ?? 4322);
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-BE',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    // On a phone-sized screen: what depends on the width (layout, axe, the comparison's stacking).
    // Printing, sharing, security and the link contract do not, so they run once, on desktop.
    {
      name: 'mobile',
      use: { ...devices['Pixel 7'] },
      testIgnore: [
        '**/print.spec.ts',
        '**/first-paint.spec.ts',
        '**/quality.spec.ts',
        '**/sharing.spec.ts',
        '**/share-pages.spec.ts',
        '**/seo.spec.ts',
        '**/fidelity.spec.ts',
        '**/layout.spec.ts',
        '**/provenance.spec.ts',
      ],
    },
  ],
  webServer: {
    // --ignore-lock: Astro 7 refuses a second preview server per project; tests must run beside `npm start`.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
