/**
 * Which of the three engines this machine has, and what to install when one is missing. Firefox
 * and WebKit are Debian's stock builds (Playwright cannot download its own here); Chromium is
 * found by scripts/chromium.ts. `npm run engines` (scripts/check-engines.ts) runs this before the
 * slow steps of `npm test`, so a missing engine costs one line, not a failed suite.
 *
 * Testing without an engine takes an explicit opt-out, `SKIP_ENGINES=firefox,webkit`, which CI
 * never sets (.ci/run clears it).
 */
import { accessSync, constants } from 'node:fs';

/** Where Debian puts each program the Firefox and WebKit tests run. */
export const ENGINE_BINARIES = {
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkitDriver: '/usr/bin/WebKitWebDriver',
  miniBrowser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/Xvfb',
  /** Debian's own Python, which has the GTK and WebKit bindings (python3-gi), whatever python3 is first on PATH. */
  python: '/usr/bin/python3',
} as const;

/** The Debian packages behind each engine's programs. */
const ENGINE_PACKAGES = {
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'python3-gi', 'gir1.2-webkit2-4.1'],
} as const;

export type OptionalEngine = keyof typeof ENGINE_PACKAGES;

export interface EngineStatus {
  engine: OptionalEngine;
  /** What is missing, e.g. "/usr/bin/firefox-esr"; empty when the engine is there. */
  missing: string[];
}

export interface MachineProbe {
  isExecutable(file: string): boolean;
  /** Whether Debian's Python can load the WebKit bindings the WebKit printer needs. */
  hasWebKitBindings(): boolean;
}

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function engineStatus(probe: MachineProbe): EngineStatus[] {
  const firefox = [ENGINE_BINARIES.firefox].filter((file) => !probe.isExecutable(file));
  const webkit: string[] = [ENGINE_BINARIES.webkitDriver, ENGINE_BINARIES.miniBrowser, ENGINE_BINARIES.xvfb].filter(
    (file) => !probe.isExecutable(file),
  );
  if (!probe.hasWebKitBindings()) webkit.push('the WebKit bindings of /usr/bin/python3 (gi, WebKit2 4.1)');
  return [
    { engine: 'firefox', missing: firefox },
    { engine: 'webkit', missing: webkit },
  ];
}

/** The engines named in SKIP_ENGINES (comma-separated); unknown names are an error. */
export function skippedEngines(value: string | undefined): OptionalEngine[] {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(name in ENGINE_PACKAGES))
      throw new Error(`SKIP_ENGINES: unknown engine "${name}" (known: ${Object.keys(ENGINE_PACKAGES).join(', ')})`);
  }
  return names as OptionalEngine[];
}

/** One line per missing engine that is not skipped: which one, and how to install it. */
export function missingEngineLines(statuses: EngineStatus[], skipped: OptionalEngine[]): string[] {
  return statuses
    .filter(({ engine, missing }) => missing.length > 0 && !skipped.includes(engine))
    .map(
      ({ engine, missing }) =>
        `${engine}: missing ${missing.join(', ')}; install it with \`apt-get install ${ENGINE_PACKAGES[engine].join(' ')}\` (Debian, Ubuntu), or test without it: SKIP_ENGINES=${engine}`,
    );
}

/** The engines the browser tests of tests/engines/ run in on this machine. */
export function enginesToTest(): OptionalEngine[] {
  const skipped = skippedEngines(process.env.SKIP_ENGINES);
  return (Object.keys(ENGINE_PACKAGES) as OptionalEngine[]).filter((engine) => !skipped.includes(engine));
}

export { isExecutable };
