/**
 * Which Chromium the browser tests and scripts use, and how it starts: the one place for it
 * (playwright.config.ts, scripts/screenshots.ts, scripts/lighthouse.ts, scripts/ensure-chromium.ts).
 *
 * The lookup, in order: CHROMIUM_PATH if set (an error if it is not an executable file), then a
 * system Chromium or Chrome at its usual place on Linux or macOS, then Playwright's own Chromium
 * (`playwright install chromium`) if it is installed. `ensureChromium` runs first in `npm test`:
 * when nothing is found it installs Playwright's Chromium, and when that fails it stops with one
 * line saying what to install. The functions take the environment as arguments, so the unit tests
 * (chromium.test.ts) can run every branch without touching the machine.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';

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

/** Where system packages put Chromium and Chrome, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
  ],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
};

/** What the lookup depends on; the real machine in `machine()`, fakes in the unit tests. */
export interface LookupEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  /** Whether `path` is a file this process may execute. */
  isExecutable: (path: string) => boolean;
  /** Where Playwright's own Chromium is or would be installed (`chromium.executablePath()`). */
  playwrightPath: () => string | undefined;
}

type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'Playwright';

export type Lookup =
  | { found: true; path: string; source: ChromiumSource }
  /** `error`: the environment asks for something that cannot work (a wrong CHROMIUM_PATH). */
  | { found: false; error?: string };

export function findChromium({ env, platform, isExecutable, playwrightPath }: LookupEnvironment): Lookup {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { found: true, path: fromEnv, source: 'CHROMIUM_PATH' };
    return {
      found: false,
      error: `CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file: point it at a Chromium or Chrome binary, or unset it.`,
    };
  }
  for (const path of SYSTEM_CHROMIUM_PATHS[platform] ?? []) {
    if (isExecutable(path)) return { found: true, path, source: 'system' };
  }
  const own = playwrightPath();
  if (own && isExecutable(own)) return { found: true, path: own, source: 'Playwright' };
  return { found: false };
}

/** What to install, in a few words, for this platform. */
function installHint(platform: string): string {
  if (platform === 'linux') return 'install Chromium (Debian/Ubuntu: apt-get install chromium)';
  if (platform === 'darwin') return 'install Chromium or Chrome (brew install --cask chromium)';
  return 'install Chromium or Chrome';
}

/** The one line `npm test` ends with when it has no browser and could not get one. */
export function noBrowserLine(platform: string, reason: string): string {
  return (
    `No Chromium for the browser tests: none found and "playwright install chromium" failed (${reason}). ` +
    `Fix: ${installHint(platform)}, or set CHROMIUM_PATH to a Chromium or Chrome binary.`
  );
}

export interface InstallResult {
  ok: boolean;
  /** Why it failed, in one line (the first error Playwright printed, or the timeout). */
  reason: string;
}

export interface EnsureEnvironment extends LookupEnvironment {
  /** Runs `playwright install chromium`, bounded in time. */
  install: () => Promise<InstallResult>;
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Exit codes of scripts/ensure-chromium.ts. */
export const EXIT = { found: 0, failed: 1, notFound: 2 } as const;

/**
 * Finds a Chromium and says which; with `install`, fetches Playwright's when none is found.
 * Returns the exit code: 0 found (or installed), 1 a wrong CHROMIUM_PATH or a failed install,
 * 2 none found and `install` off.
 */
export async function ensureChromium(environment: EnsureEnvironment, options: { install: boolean }): Promise<number> {
  const first = findChromium(environment);
  if (first.found) {
    environment.log(`Chromium: ${first.path} (${first.source})`);
    return EXIT.found;
  }
  if (first.error) {
    environment.error(first.error);
    return EXIT.failed;
  }
  if (!options.install) {
    environment.error(`No Chromium found (CHROMIUM_PATH unset, no system Chromium or Chrome, no Playwright Chromium).`);
    return EXIT.notFound;
  }
  environment.log('No Chromium found: installing Playwright’s (playwright install chromium) …');
  const result = await environment.install();
  const after = result.ok ? findChromium(environment) : first;
  if (after.found) {
    environment.log(`Chromium: ${after.path} (${after.source})`);
    return EXIT.found;
  }
  const reason = result.ok ? `it reported success, but ${environment.playwrightPath() ?? 'its Chromium'} is not there` : result.reason;
  environment.error(noBrowserLine(environment.platform, reason));
  return EXIT.failed;
}

/** The real machine: this process's environment and file system, and Playwright's own path. */
export function machine(): LookupEnvironment {
  return {
    env: process.env,
    platform: process.platform,
    isExecutable: (path) => {
      try {
        if (!statSync(path).isFile()) return false;
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    playwrightPath: () => {
      try {
        const { chromium } = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test');
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The Chromium to launch, as found on this machine; undefined when there is none, so Playwright
 * falls back to its own default and says itself what is missing (`npm test` has found or
 * installed one before it gets there).
 */
export function chromiumPath(): string | undefined {
  const lookup = findChromium(machine());
  return lookup.found ? lookup.path : undefined;
}
