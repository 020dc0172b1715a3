/**
 * `npm run chromium`, the first step of `npm test`: says which Chromium the browser tests will use,
 * or stops at once, before the slow steps, with one line saying what to install or fix.
 */
import { NO_CHROMIUM_HINT, chromiumPath } from './chromium.ts';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let path: string | undefined;
try {
  path = chromiumPath();
} catch (error) {
  stop(error instanceof Error ? error.message : String(error));
}
if (!path) stop(NO_CHROMIUM_HINT);
console.log(`Chromium: ${path}`);
