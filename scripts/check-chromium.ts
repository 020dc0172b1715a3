/**
 * `npm run chromium`, the first step of `npm test`: says which Chromium the browser tests will use,
 * or stops at once, before the slow steps, with one line saying what to install.
 */
import { NO_CHROMIUM_HINT, chromiumPath } from './chromium.ts';

const path = chromiumPath();
if (!path) {
  console.error(NO_CHROMIUM_HINT);
  process.exit(1);
}
console.log(`Chromium: ${path}`);
