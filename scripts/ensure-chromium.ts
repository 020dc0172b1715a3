/**
 * `npm run chromium`, the first step of `npm test`: says which Chromium the browser tests will use
 * (see scripts/chromium.ts for the order of the lookup), and when there is none, installs
 * Playwright's (`playwright install chromium`), bounded in time. If that fails (no network), it
 * stops at once with one line saying what to install, before the slower steps run.
 *
 * `--no-install` only looks (for .ci/run): exit 0 found, 2 none found, 1 a wrong CHROMIUM_PATH.
 *
 * The install is bounded by CHROMIUM_INSTALL_TIMEOUT (seconds, default 300) as a whole, and each
 * download connection by PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT (ms, default here 10000; Playwright
 * retries a download five times), so an unreachable download host fails within about a minute.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureChromium, machine, type InstallResult } from './chromium.ts';

const INSTALL_TIMEOUT_S = Number(process.env.CHROMIUM_INSTALL_TIMEOUT ?? 300);
const CONNECTION_TIMEOUT_MS = process.env.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT ?? '10000';

/** The first line of Playwright's output that names an error, shortened; else its last line. */
function firstError(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/\u001b\[[0-9;]*m/g, '').trim())
    .filter(Boolean);
  const error = lines.find((line) => /^Error:/.test(line) && !/^Error: Failed to (download|install)/.test(line));
  return (error ?? lines.at(-1) ?? 'no output').replace(/^Error:\s*/, '').slice(0, 160);
}

/** `playwright install chromium` in its own process group, killed as a whole at the deadline. */
function installPlaywrightChromium(): Promise<InstallResult> {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'install', 'chromium'], {
      env: { ...process.env, PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: CONNECTION_TIMEOUT_MS },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, INSTALL_TIMEOUT_S * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) resolve({ ok: false, reason: `no result within ${INSTALL_TIMEOUT_S} s` });
      else if (code === 0) resolve({ ok: true, reason: '' });
      else resolve({ ok: false, reason: firstError(output) });
    });
  });
}

const code = await ensureChromium(
  {
    ...machine(),
    install: installPlaywrightChromium,
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  },
  { install: !process.argv.includes('--no-install') },
);
process.exit(code);
