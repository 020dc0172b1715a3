/**
 * The editor's loop in `npm run dev`: an edit to a file under content/ reaches the page, a mistake
 * shows an error naming the file and the field, in the terminal and in the browser, and fixing the
 * file brings the page back. The test starts its own `astro dev` on a free port, on a scratch copy
 * of content/ (CONTENT_DIR), and reads the browser's side where Astro's error overlay reads it: the
 * error Vite sends over its HMR WebSocket to every page that is open.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CONTENT = `.tmp/live-loop-${process.pid}`;
/** Generous for a loaded 2-core machine; each wait returns as soon as the page has changed. */
const DEADLINE_MS = 30_000;
/** Starting: Vite bundles its dependencies before the first page. */
const START_DEADLINE_MS = 90_000;

let server: ChildProcess;
let origin = '';
let terminal = '';
let socket: WebSocket;
const overlayErrors: string[] = [];

function edit(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf-8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`test setup: "${String(from)}" not found in ${file}`);
  writeFileSync(file, after);
}

/**
 * Polls `check` until it returns a value, or fails after the deadline with the terminal and the last
 * error. A request that fails outright counts as "not yet": the dev server resets connections while
 * it restarts or re-optimises its dependencies, which a reloading browser would also ride out.
 */
async function until<T>(what: string, check: () => Promise<T | undefined>, ms = DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError = '';
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = `${error instanceof Error ? error.message : String(error)}${error instanceof Error && error.cause ? ` (${String(error.cause)})` : ''}`;
    }
    if (Date.now() > deadline)
      throw new Error(
        `gave up waiting for ${what}${lastError ? `; last error: ${lastError}` : ''}\n--- terminal ---\n${terminal.slice(-3000)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function page(pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(origin + pathname, { signal: AbortSignal.timeout(DEADLINE_MS) });
  return { status: response.status, html: await response.text() };
}

/** Waits until the page answers 200 with `text` on it. */
const shows = (pathname: string, text: string) =>
  until(`${pathname} to show "${text}"`, async () => {
    const { status, html } = await page(pathname);
    return status === 200 && html.includes(text) ? true : undefined;
  });

/**
 * Waits until the page fails, and the error the browser gets and the terminal both name `file`
 * and `field`; returns the browser's message.
 */
const fails = (pathname: string, file: string, field: string) =>
  until(`${pathname} to fail on ${file} ${field}`, async () => {
    if ((await page(pathname)).status !== 500) return undefined;
    const names = (text: string) => text.includes(file) && text.includes(field);
    return terminal.split('\n').some(names) ? overlayErrors.find(names) : undefined;
  });

/** The environment of an editor's shell: without Vitest's NODE_ENV=test, VITEST and the like. */
function editorsEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|TEST|VITEST.*)$/.test(name)));
}

/**
 * The dev server caches content in .astro/ (its data store and content-module map) under the file
 * paths it read. A cache written by an earlier run points into that run's scratch copy, long gone:
 * a dev server that starts on it imports missing modules and never serves the page. Each run starts
 * without it and leaves none behind for the next build or dev server.
 */
function forgetScratchContent(): void {
  for (const file of ['data-store.json', 'content-modules.mjs', 'content-assets.mjs']) rmSync(`.astro/${file}`, { force: true });
}

beforeAll(async () => {
  rmSync(CONTENT, { recursive: true, force: true });
  forgetScratchContent();
  cpSync('content', CONTENT, { recursive: true });
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '0'], {
    env: { ...editorsEnv(), CONTENT_DIR: CONTENT, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => (terminal += chunk.toString());
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  origin = await until('astro dev to start', async () => /Local\s+(http:\/\/localhost:\d+)/.exec(terminal)?.[1], START_DEADLINE_MS);
  // The token Vite puts into its client script, as a page's browser gets it.
  const token = await until(
    'the Vite client script',
    async () => /const wsToken = "([^"]+)"/.exec((await page('/@vite/client')).html)?.[1],
  );
  socket = new WebSocket(`${origin.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { type: string; err?: { message: string } };
    if (message.type === 'error' && message.err) overlayErrors.push(message.err.message);
  });
  await until('the HMR socket to open', async () => (socket.readyState === WebSocket.OPEN ? true : undefined));
  await until('the first page', async () => ((await page('/vergelijking/')).status === 200 ? true : undefined), START_DEADLINE_MS);
}, 2 * START_DEADLINE_MS);

afterAll(async () => {
  socket?.close();
  if (server && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill();
    await exited;
  }
  rmSync(CONTENT, { recursive: true, force: true });
  forgetScratchContent();
});

describe('npm run dev on content/', () => {
  it('shows an edit to comparison.yaml, its mistake (file and field) and the fix', async () => {
    const file = `${CONTENT}/comparison.yaml`;
    const original = readFileSync(file, 'utf-8');
    const label = /^ {4}label: "(.+)"$/m.exec(original)?.[1] ?? '';
    edit(file, `label: "${label}"`, `label: "${label} (bewerkt)"`);
    await shows('/vergelijking/', `${label} (bewerkt)`);

    edit(file, /(\n {6}kremlin:\n {8}stance: )\w+/, '$1zegt');
    const error = await fails('/vergelijking/', 'comparison.yaml', 'topics[0].sides.kremlin.stance');
    expect(error).toContain('stance must be one of');

    writeFileSync(file, original);
    await shows('/vergelijking/', label);
  });

  it('shows an edit to a takeaway, its mistake (file and field) and the fix', async () => {
    const name = readdirSync(`${CONTENT}/takeaways`).find((entry) => entry.startsWith('1-')) ?? '';
    const file = path.join(CONTENT, 'takeaways', name);
    const slug = /^slug: (.+)$/m.exec(readFileSync(file, 'utf-8'))?.[1] ?? '';
    const pathname = `/conclusies/${slug}/`;
    edit(file, /^title: "(.+)"$/m, 'title: "$1 (bewerkt)"');
    await shows(pathname, '(bewerkt)');

    edit(file, /^number: 1$/m, 'number: een');
    const error = await fails(pathname, `takeaways/${name}`, 'number');
    expect(error).toMatch(/number: .*number/i);

    edit(file, /^number: een$/m, 'number: 1');
    await shows(pathname, '(bewerkt)');
  });
});
