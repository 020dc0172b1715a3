/**
 * Which Chromium the browser tests and scripts use, and how it starts. CHROMIUM_PATH if set,
 * else Debian's /usr/bin/chromium, else undefined: Playwright's own browser
 * (`npx playwright install chromium` on a laptop).
 */
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

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
