import { describe, expect, it } from 'vitest';
import {
  EXIT,
  SYSTEM_CHROMIUM_PATHS,
  ensureChromium,
  findChromium,
  noBrowserLine,
  type EnsureEnvironment,
  type InstallResult,
  type LookupEnvironment,
} from './chromium.ts';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine where exactly `executables` exist (and are executable). */
function machineWith(executables: string[], env: Record<string, string> = {}, platform = 'linux'): LookupEnvironment {
  const files = new Set(executables);
  return { env, platform, isExecutable: (path) => files.has(path), playwrightPath: () => PLAYWRIGHT };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, over a system Chromium', () => {
    const machine = machineWith(['/opt/my/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/my/chrome' });
    expect(findChromium(machine)).toEqual({ found: true, path: '/opt/my/chrome', source: 'CHROMIUM_PATH' });
  });

  it('is a clear error when CHROMIUM_PATH is set but not executable, even with a system Chromium', () => {
    const lookup = findChromium(machineWith(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nowhere/chrome' }));
    expect(lookup.found).toBe(false);
    expect(lookup.found === false && lookup.error).toMatch(/CHROMIUM_PATH is set to "\/nowhere\/chrome", which is not an executable file/);
  });

  it('ignores an empty CHROMIUM_PATH', () => {
    expect(findChromium(machineWith(['/usr/bin/chromium'], { CHROMIUM_PATH: '' }))).toMatchObject({ path: '/usr/bin/chromium' });
  });

  it('tries the system paths in order: Chromium before Chrome', () => {
    const linux = SYSTEM_CHROMIUM_PATHS['linux'] ?? [];
    expect(findChromium(machineWith([...linux].reverse()))).toEqual({ found: true, path: '/usr/bin/chromium', source: 'system' });
    expect(findChromium(machineWith(['/usr/bin/google-chrome-stable']))).toMatchObject({ path: '/usr/bin/google-chrome-stable' });
  });

  it('knows macOS’s applications, and not Linux paths there', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(machineWith([mac], {}, 'darwin'))).toMatchObject({ path: mac, source: 'system' });
    expect(findChromium(machineWith(['/usr/bin/chromium'], {}, 'darwin'))).toEqual({ found: false });
  });

  it('falls back to Playwright’s own Chromium when it is installed', () => {
    expect(findChromium(machineWith([PLAYWRIGHT]))).toEqual({ found: true, path: PLAYWRIGHT, source: 'Playwright' });
  });

  it('finds nothing, without an error, on a bare machine', () => {
    expect(findChromium(machineWith([]))).toEqual({ found: false });
  });
});

/** An ensure environment that records what it prints and whether it installed. */
function ensureOn(machine: LookupEnvironment, install: () => Promise<InstallResult>) {
  const out: string[] = [];
  const err: string[] = [];
  let installs = 0;
  const environment: EnsureEnvironment = {
    ...machine,
    install: () => {
      installs += 1;
      return install();
    },
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  };
  return { environment, out, err, installs: () => installs };
}

const neverCalled = () => Promise.reject(new Error('install must not be called'));

describe('ensureChromium', () => {
  it('says which Chromium it found and installs nothing', async () => {
    const run = ensureOn(machineWith(['/usr/bin/chromium']), neverCalled);
    expect(await ensureChromium(run.environment, { install: true })).toBe(EXIT.found);
    expect(run.out).toEqual(['Chromium: /usr/bin/chromium (system)']);
    expect(run.installs()).toBe(0);
  });

  it('stops with the CHROMIUM_PATH error and installs nothing', async () => {
    const run = ensureOn(machineWith([], { CHROMIUM_PATH: '/nowhere/chrome' }), neverCalled);
    expect(await ensureChromium(run.environment, { install: true })).toBe(EXIT.failed);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain('CHROMIUM_PATH');
    expect(run.installs()).toBe(0);
  });

  it('installs Playwright’s Chromium when none is found, then uses it', async () => {
    const files: string[] = [];
    const machine: LookupEnvironment = { ...machineWith([]), isExecutable: (path) => files.includes(path) };
    const run = ensureOn(machine, async () => {
      files.push(PLAYWRIGHT);
      return { ok: true, reason: '' };
    });
    expect(await ensureChromium(run.environment, { install: true })).toBe(EXIT.found);
    expect(run.installs()).toBe(1);
    expect(run.out.at(-1)).toBe(`Chromium: ${PLAYWRIGHT} (Playwright)`);
    expect(run.err).toEqual([]);
  });

  it('ends with one line naming what to install, and a non-zero exit, when the install fails', async () => {
    const run = ensureOn(machineWith([]), async () => ({ ok: false, reason: 'getaddrinfo ENOTFOUND cdn.playwright.dev' }));
    const code = await ensureChromium(run.environment, { install: true });
    expect(code).not.toBe(0);
    expect(run.installs()).toBe(1);
    expect(run.err).toEqual([noBrowserLine('linux', 'getaddrinfo ENOTFOUND cdn.playwright.dev')]);
    expect(run.err[0]).not.toContain('\n');
    expect(run.err[0]).toContain('apt-get install chromium');
    expect(run.err[0]).toContain('CHROMIUM_PATH');
    expect(run.err[0]).toContain('ENOTFOUND');
  });

  it('fails the same way when the install claims success but leaves no browser', async () => {
    const run = ensureOn(machineWith([]), async () => ({ ok: true, reason: '' }));
    expect(await ensureChromium(run.environment, { install: true })).toBe(EXIT.failed);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain(`${PLAYWRIGHT} is not there`);
  });

  it('only looks with install off: exit 2 when none is found', async () => {
    const run = ensureOn(machineWith([]), neverCalled);
    expect(await ensureChromium(run.environment, { install: false })).toBe(EXIT.notFound);
    expect(run.installs()).toBe(0);
  });

  it('names brew on macOS', () => {
    expect(noBrowserLine('darwin', 'offline')).toContain('brew install --cask chromium');
  });
});
