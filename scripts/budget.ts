/**
 * `npm run budget`: measures every built page (dist/, or OUT_DIR) and fails when a budget in
 * scripts/page-budget.ts is exceeded: a page whose HTML (with its inlined CSS and scripts) is over
 * 13.5 KB, that needs anything but its HTML to paint, or that fetches anything else before it has
 * painted. Sizes are gzip (level 9), in KB of 1024 bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUDGETS, checkBudgets, formatTable, measurePage } from './page-budget.ts';
import { readBuiltSite } from './site-files.ts';

const dir = process.env.OUT_DIR ?? 'dist';
const site = readBuiltSite(dir);
const readFile = (urlPath: string) => {
  const file = path.join(dir, decodeURIComponent(urlPath));
  return existsSync(file) ? readFileSync(file) : undefined;
};

const measures = [...site.pages].map(([page, html]) => measurePage(page, html, readFile)).sort((a, b) => a.page.localeCompare(b.page));
console.log(formatTable(measures));
console.log(
  `\nBudgets: HTML with its inlined CSS and scripts ≤ ${BUDGETS.htmlBytes / 1024} KB (headroom: what is left of it), render-blocking requests: ${BUDGETS.renderBlockingRequests}, JS ≤ ${BUDGETS.scriptBytes / 1024} KB, total for the screen ≤ ${BUDGETS.totalBytes / 1024} KB, print stylesheet with its faces ≤ ${BUDGETS.printBytes / 1024} KB (gzip), requests to other hosts: ${BUDGETS.externalRequests}.`,
);
const violations = checkBudgets(measures);
if (violations.length > 0) {
  console.error(`\nOver budget (${violations.length}):`);
  for (const v of violations) console.error(`  - ${v.page}: ${v.budget} ${v.actual} > ${v.limit}`);
  process.exit(1);
}
console.log('All pages within budget.');
