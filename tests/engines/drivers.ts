/**
 * The three engines, each driven the one way that works with its stock Debian build (Playwright
 * can drive only its own patched Firefox and WebKit, which cannot be downloaded here):
 *
 * - Chromium: Playwright, in the Chromium that scripts/chromium.ts finds; and Chromium's own
 *   command line (`--print-to-pdf`), which prints at the load event.
 * - Firefox (`firefox-esr`): puppeteer-core over WebDriver BiDi. BiDi has no colour-scheme or
 *   scripting emulation in this version, so dark mode and JavaScript off are browser preferences,
 *   one browser per setting.
 * - WebKit (WebKitGTK): selenium-webdriver against `WebKitWebDriver`, which starts MiniBrowser under
 *   Xvfb, for the screen; and tests/engines/webkit-print.py, which prints through WebKitGTK's own
 *   print operation, since WebKitWebDriver has no Print command.
 *
 * Every driver opens pages the same few ways (`Entry`), so one test can ask the same of all three.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium as playwrightChromium, type Browser as PlaywrightBrowser } from '@playwright/test';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.ts';
import { ROOT } from '../content.ts';
import { ENGINE_BINARIES } from '../../scripts/engines.ts';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/**
 * How a reader arrives at a page before printing it: at the load event; a while after it; by a
 * link to a fragment (the page first paints scrolled down); by reloading a page scrolled halfway;
 * with JavaScript off; or through Chromium's command line, which prints at the load event.
 */
export type Entry = 'load' | 'later' | 'deep-link' | 'scrolled-reload' | 'no-js' | 'command-line';

export type Paper = 'A4' | 'Letter';

export interface PrintJob {
  /** Absolute URL, with its fragment for `deep-link`. */
  url: string;
  entry: Entry;
  paper: Paper;
  /** The PDF to write. */
  file: string;
  /** Margins the print dialog sets, in mm (WebKit's page setup); otherwise the page's own @page margins. */
  marginMm?: number;
}

/** How long "later" is: long enough for every script and font on the page to have settled. */
const LATER_MS = 3000;

const run = (command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: options.env ?? process.env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim().slice(-400)}`)),
    );
  });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port nothing listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Chromium

export async function launchChromium(): Promise<PlaywrightBrowser> {
  const executablePath = chromiumPath();
  return playwrightChromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
}

/** Chromium's own command line: `--print-to-pdf` prints at the load event, on Letter unless the page sets a size. */
async function printChromiumCommandLine(url: string, file: string): Promise<void> {
  const executable = chromiumPath();
  if (!executable) throw new Error('no Chromium found (scripts/chromium.ts)');
  const profile = mkdtempSync(path.join(tmpdir(), 'chromium-cli-'));
  await run(executable, [
    '--headless',
    ...CHROMIUM_ARGS,
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${file}`,
    url,
  ]);
}

export async function printChromium(browser: PlaywrightBrowser, job: PrintJob): Promise<void> {
  if (job.entry === 'command-line') return printChromiumCommandLine(job.url, job.file);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: job.entry !== 'no-js' });
  try {
    const page = await context.newPage();
    await page.goto(job.url, { waitUntil: 'load' });
    if (job.entry === 'scrolled-reload') {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await page.reload({ waitUntil: 'load' });
    }
    if (job.entry === 'later') await pause(LATER_MS);
    await page.pdf({ path: job.file, format: job.paper, preferCSSPageSize: false, displayHeaderFooter: false });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox

export interface FirefoxOptions {
  dark?: boolean;
  javaScript?: boolean;
}

/** Firefox ESR over WebDriver BiDi; the colour scheme and scripting are preferences, fixed at launch. */
export async function launchFirefox({ dark = false, javaScript = true }: FirefoxOptions = {}): Promise<PuppeteerBrowser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: ENGINE_BINARIES.firefox,
    headless: true,
    extraPrefsFirefox: {
      'ui.systemUsesDarkTheme': dark ? 1 : 0,
      'javascript.enabled': javaScript,
      // Headless Firefox otherwise keeps a 12 px classic scrollbar: a 390 px window lays out at 378.
      'ui.useOverlayScrollbars': 1,
      'intl.accept_languages': 'nl-BE, nl',
      // Fewer processes to start: one content process, none started ahead, no site isolation, no
      // built-in add-ons. A launch took about 7.5 s of CPU here, and 5.3 s so.
      'fission.autostart': false,
      'dom.ipc.processCount': 1,
      'dom.ipc.processPrelaunch.enabled': false,
      'extensions.enabledScopes': 0,
    },
  });
}

/**
 * A new tab. Firefox ESR sometimes discards a tab's first browsing context while BiDi is still
 * creating it ("no such frame: DiscardedBrowsingContextError"); the tab was never ours, so open
 * another.
 */
export async function openFirefoxPage(browser: PuppeteerBrowser, attempts = 3): Promise<PuppeteerPage> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await browser.newPage();
    } catch (error) {
      const discarded = error instanceof Error && /DiscardedBrowsingContext|no such frame/.test(error.message);
      if (!discarded || attempt >= attempts) throw error;
      await pause(200);
    }
  }
}

/** Prints with BiDi's print command, which honours the page's @page margins. */
export async function printFirefox(browser: PuppeteerBrowser, job: PrintJob): Promise<void> {
  const page = await openFirefoxPage(browser);
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(job.url, { waitUntil: 'load' });
    if (job.entry === 'scrolled-reload') {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await page.reload({ waitUntil: 'load' });
    }
    if (job.entry === 'later') await pause(LATER_MS);
    await page.pdf({ path: job.file, format: job.paper, preferCSSPageSize: false });
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// WebKit

/**
 * An X server of our own for WebKit, which has no headless mode: one for all the printer's prints,
 * since starting one per print (as xvfb-run did) waited about 2.5 s on this machine, mostly idle. Xvfb picks
 * a free display and writes its number to `-displayfd` once it accepts connections.
 */
interface XServer {
  display: string;
  stop(): void;
}

async function startXServer(): Promise<XServer> {
  const server = spawn(ENGINE_BINARIES.xvfb, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const stop = () => void server.kill('SIGTERM');
  try {
    const display = await new Promise<string>((resolve, reject) => {
      let written = '';
      let stderr = '';
      server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      server.stdio[3]?.on('data', (chunk: Buffer) => {
        written += chunk.toString();
        if (written.includes('\n')) resolve(`:${written.trim()}`);
      });
      server.on('error', reject);
      server.on('exit', (code) => reject(new Error(`Xvfb exited ${code}: ${stderr.trim().slice(-400)}`)));
    });
    return { display, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * WebKitGTK's print operation, driven by tests/engines/webkit-print.py: one process for many
 * prints, on an X server of its own, which saves starting GTK and WebKit for each print. Prints
 * may overlap. Nothing is cached between them: each loads the page as a first visit does.
 */
export interface WebKitPrinter {
  print(job: PrintJob): Promise<void>;
  stop(): void;
}

export async function startWebKitPrinter(): Promise<WebKitPrinter> {
  const xServer = await startXServer();
  const printer = spawn(ENGINE_BINARIES.python, [path.join(ROOT, 'tests/engines/webkit-print.py'), '--serve'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: xServer.display },
  });
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let stderr = '';
  let nextId = 1;
  printer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: printer.stdout }).on('line', (line) => {
    const { id, error } = JSON.parse(line) as { id: number; error: string | null };
    const job = waiting.get(id);
    waiting.delete(id);
    if (error) job?.reject(new Error(`webkit-print: ${error}`));
    else job?.resolve();
  });
  printer.on('exit', (code) => {
    for (const job of waiting.values()) job.reject(new Error(`webkit-print exited ${code}: ${stderr.trim().slice(-400)}`));
    waiting.clear();
  });
  return {
    print: (job) =>
      new Promise<void>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        printer.stdin.write(
          `${JSON.stringify({
            id,
            url: job.url,
            out: job.file,
            paper: job.paper.toLowerCase(),
            marginMm: job.marginMm ?? null,
            delayMs: job.entry === 'later' ? LATER_MS : 0,
            noJs: job.entry === 'no-js',
            scrollReload: job.entry === 'scrolled-reload',
          })}\n`,
        );
      }),
    stop: () => {
      printer.stdin.end();
      printer.kill('SIGTERM');
      xServer.stop();
    },
  };
}

export interface WebKitSession {
  driver: WebDriver;
  /** Sets the viewport (the page's innerWidth × innerHeight) to exactly this size. */
  resize(width: number, height: number): Promise<void>;
  quit(): Promise<void>;
}

/**
 * MiniBrowser will not go below 447 px wide because of its toolbar; a GTK stylesheet that shrinks
 * only the toolbar lets the window reach a phone's 390 px.
 */
function gtkConfigHome(): string {
  const home = mkdtempSync(path.join(tmpdir(), 'webkit-gtk-'));
  mkdirSync(path.join(home, 'gtk-3.0'));
  writeFileSync(
    path.join(home, 'gtk-3.0', 'gtk.css'),
    'toolbar, toolbar *, entry, button, box { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; border-width: 0 }\n',
  );
  return home;
}

/** A MiniBrowser window driven by WebKitWebDriver, on an X server of its own. */
export async function startWebKit({ dark = false }: { dark?: boolean } = {}): Promise<WebKitSession> {
  const [port, xServer] = await Promise.all([freePort(), startXServer()]);
  const driverProcess: ChildProcess = spawn(ENGINE_BINARIES.webkitDriver, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xServer.display, XDG_CONFIG_HOME: gtkConfigHome() },
    detached: true,
  });
  const stopDriver = () => {
    if (driverProcess.pid) {
      try {
        process.kill(-driverProcess.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    xServer.stop();
  };
  try {
    const server = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      try {
        await fetch(`${server}/status`);
        break;
      } catch (error) {
        if (tries > 100) throw error;
        await pause(100);
      }
    }
    const driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: ENGINE_BINARIES.miniBrowser, args: ['--automation', ...(dark ? ['--dark-mode'] : [])] },
      })
      .build();
    const innerSize = async () => (await driver.executeScript('return [innerWidth, innerHeight]')) as [number, number];
    const resize = async (width: number, height: number) => {
      // The window's frame and toolbar take some room: size the window by what the page gets. GTK
      // applies a new size after setRect has returned, so wait until the page reports it before
      // measuring the frame again; a frame measured mid-resize can come out negative.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const [rect, inner] = await Promise.all([driver.manage().window().getRect(), innerSize()]);
        const frame = { width: Math.max(0, rect.width - inner[0]), height: Math.max(0, rect.height - inner[1]) };
        await driver
          .manage()
          .window()
          .setRect({ width: width + frame.width, height: height + frame.height });
        const reached = await until(async () => {
          const [innerWidth, innerHeight] = await innerSize();
          return innerWidth === width && innerHeight === height;
        }, 2_000).then(
          () => true,
          () => false,
        );
        if (reached) return;
      }
      throw new Error(`WebKit: the page never got a ${width}×${height} viewport`);
    };
    return {
      driver,
      resize,
      quit: async () => {
        await driver.quit().catch(() => undefined);
        stopDriver();
      },
    };
  } catch (error) {
    stopDriver();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// One tab, whatever drives it

/** The few things a test does in a tab, the same in all three drivers. */
export interface Tab {
  /** Sets the viewport (innerWidth × innerHeight). */
  resize(width: number, height: number): Promise<void>;
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  url(): Promise<string>;
  /** Runs the body of an async function (`return …`) in the page and returns its value. */
  run<T>(body: string): Promise<T>;
  /** A PNG of the first element that matches, scrolled into view. */
  screenshot(selector: string): Promise<Buffer>;
  /** A real click (a user gesture) on the first element that matches. */
  click(selector: string): Promise<void>;
}

/** Polls until `done` holds, at most `ms`. */
async function until(done: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await pause(50);
  }
}

export const playwrightTab = (page: import('@playwright/test').Page): Tab => ({
  resize: (width, height) => page.setViewportSize({ width, height }),
  open: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
  reload: async () => void (await page.reload({ waitUntil: 'load' })),
  back: async () => void (await page.goBack({ waitUntil: 'commit' })),
  url: async () => page.url(),
  run: async <T>(body: string) => page.evaluate(`(async () => { ${body} })()`) as Promise<T>,
  screenshot: (selector) => page.locator(selector).first().screenshot(),
  click: (selector) => page.locator(selector).first().click(),
});

export const puppeteerTab = (page: import('puppeteer-core').Page): Tab => ({
  resize: (width, height) => page.setViewport({ width, height }),
  open: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
  reload: async () => void (await page.reload({ waitUntil: 'load' })),
  // A page restored from the back/forward cache fires no load event, and puppeteer's page.url()
  // does not follow it over BiDi: wait for the document's own address instead.
  back: async () => {
    const before = await page.evaluate(() => location.href);
    await page.evaluate(() => history.back());
    await until(async () => (await page.evaluate(() => location.href).catch(() => before)) !== before);
  },
  url: async () => page.evaluate(() => location.href),
  run: async <T>(body: string) => page.evaluate(`(async () => { ${body} })()`) as Promise<T>,
  click: (selector) => page.click(selector),
  screenshot: async (selector) => {
    const element = await page.$(selector);
    if (!element) throw new Error(`no ${selector} on ${page.url()}`);
    await element.scrollIntoView();
    return Buffer.from(await element.screenshot());
  },
});

export const seleniumTab = ({ driver, resize }: WebKitSession): Tab => ({
  resize,
  open: async (url) => driver.get(url),
  reload: async () => driver.navigate().refresh(),
  back: async () => driver.navigate().back(),
  url: async () => driver.getCurrentUrl(),
  run: async <T>(body: string) =>
    driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1]; (async () => { ${body} })().then(done, (e) => done(String(e)));`,
    ) as Promise<T>,
  click: async (selector) => (await driver.findElement({ css: selector })).click(),
  screenshot: async (selector) => {
    const element = await driver.findElement({ css: selector });
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
    return Buffer.from(await element.takeScreenshot(), 'base64');
  },
});
