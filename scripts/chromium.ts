/**
 * Which Chromium the browser tests and scripts use, and how it starts: the one place for it
 * (playwright.config.ts, tests/engines/drivers.ts, scripts/lighthouse.ts, scripts/screenshots.ts).
 * chrome-launcher finds an installed Chrome or Chromium (CHROME_PATH first, then the system's);
 * else Playwright's own, if `npx playwright install chromium` has put it there. Nothing is installed
 * from here: `npm run chromium` (scripts/check-chromium.ts) prints NO_CHROMIUM_HINT when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { Launcher } from 'chrome-launcher';

/** Headless in a container as root, and quiet on a machine whose network reaches no Google host. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_CHROMIUM_HINT =
  'No Chromium for the browser tests: install one (Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium), or set CHROME_PATH to a Chromium or Chrome binary.';

export interface ChromiumSources {
  /** Installed browsers, best first; chrome-launcher throws on Linux when it finds none. */
  installations: () => readonly string[];
  /** Where Playwright's own Chromium is, whether or not it was installed. */
  playwrightPath: () => string;
  exists: (path: string) => boolean;
  /** CHROME_PATH, which chrome-launcher would silently pass over when it names no file. */
  requested: () => string | undefined;
}

const machine: ChromiumSources = {
  installations: () => Launcher.getInstallations(),
  playwrightPath: () => chromium.executablePath(),
  exists: existsSync,
  requested: () => process.env.CHROME_PATH || undefined,
};

const orNone = <T>(read: () => T): T | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

/** The Chromium to launch; undefined when there is none. Throws when CHROME_PATH names no file. */
export function chromiumPath({ installations, playwrightPath, exists, requested }: ChromiumSources = machine): string | undefined {
  const asked = requested();
  if (asked && !exists(asked))
    throw new Error(`CHROME_PATH is ${asked}, but there is no such file: point it at a Chromium or Chrome binary, or unset it.`);
  const installed = orNone(installations)?.[0];
  if (installed) return installed;
  const own = orNone(playwrightPath);
  return own && exists(own) ? own : undefined;
}
