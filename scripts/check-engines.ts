/**
 * `npm run engines`, an early step of `npm test`: checks that Firefox and WebKit are installed for
 * the cross-engine tests (tests/engines/), and when one is missing says in one line which, and how
 * to install it, before the slow steps run. Chromium has its own step (`npm run chromium`).
 * SKIP_ENGINES=firefox,webkit opts out explicitly; CI never sets it.
 */
import { spawnSync } from 'node:child_process';
import { ENGINE_BINARIES, engineStatus, isExecutable, missingEngineLines, skippedEngines } from './engines.ts';

const hasWebKitBindings = (): boolean =>
  spawnSync(ENGINE_BINARIES.python, ['-c', "import gi; gi.require_version('WebKit2', '4.1'); from gi.repository import WebKit2"], {
    stdio: 'ignore',
  }).status === 0;

try {
  const skipped = skippedEngines(process.env.SKIP_ENGINES);
  const lines = missingEngineLines(engineStatus({ isExecutable, hasWebKitBindings }), skipped);
  for (const line of lines) console.error(`engines: ${line}`);
  if (lines.length > 0) process.exit(1);
  const tested = ['chromium', 'firefox', 'webkit'].filter((engine) => !(skipped as string[]).includes(engine));
  console.log(`engines: testing in ${tested.join(', ')}${skipped.length ? ` (skipped by SKIP_ENGINES: ${skipped.join(', ')})` : ''}`);
} catch (error) {
  console.error(`engines: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
