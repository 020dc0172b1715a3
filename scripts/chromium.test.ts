import { describe, expect, it } from 'vitest';
import { chromiumPath, type ChromiumSources } from './chromium.ts';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine with these installed browsers (undefined: chrome-launcher throws, as it does on Linux) and these files. */
function machine(installations: string[] | undefined, files: string[], chromePath?: string): ChromiumSources {
  return {
    installations: () => {
      if (!installations) throw new Error('The CHROME_PATH environment variable must be set to a Chrome/Chromium executable');
      return installations;
    },
    playwrightPath: () => PLAYWRIGHT,
    exists: (path) => files.includes(path),
    requested: () => chromePath,
  };
}

describe('chromiumPath', () => {
  it('takes the installed browser chrome-launcher ranks first, over Playwright’s', () => {
    expect(chromiumPath(machine(['/usr/bin/chromium', '/usr/bin/google-chrome'], [PLAYWRIGHT]))).toBe('/usr/bin/chromium');
  });

  it('falls back to Playwright’s Chromium when chrome-launcher finds none', () => {
    expect(chromiumPath(machine(undefined, [PLAYWRIGHT]))).toBe(PLAYWRIGHT);
    expect(chromiumPath(machine([], [PLAYWRIGHT]))).toBe(PLAYWRIGHT);
  });

  it('is undefined when Playwright’s Chromium is not installed either', () => {
    expect(chromiumPath(machine(undefined, []))).toBeUndefined();
  });

  it('stops, naming CHROME_PATH, when it points at no file', () => {
    expect(() => chromiumPath(machine(['/usr/bin/chromium'], ['/usr/bin/chromium'], '/opt/chrom/chrome'))).toThrow(
      'CHROME_PATH is /opt/chrom/chrome, but there is no such file',
    );
  });
});
