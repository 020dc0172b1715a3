import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, formatTable, gzipSize, measurePage } from './page-budget.ts';

/** Random bytes as base64: gzip cannot shrink them much (to about 75 %). */
function noise(bytes: number): string {
  return randomBytes(bytes).toString('base64');
}

const files = new Map<string, Buffer>([
  ['/_astro/site.css', Buffer.from('body{color:black}')],
  ['/_astro/print.css', Buffer.from('@page{margin:1cm}')],
  ['/favicon.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ['/_astro/app.js', Buffer.from('import"./chunk.js";console.log(1)')],
  ['/_astro/chunk.js', Buffer.from(`console.log("${noise(3 * BUDGETS.scriptBytes)}")`)],
]);
const readFile = (path: string) => files.get(path);
const page = (body: string, head = '') =>
  `<!doctype html><html lang="nl"><head><title>t</title><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="icon" href="/favicon.svg">${head}</head><body>${body}</body></html>`;

describe('measurePage', () => {
  it('counts the document, stylesheets and icon as requests, print CSS as non-blocking', () => {
    const m = measurePage('/', page('<p>Hallo</p>'), readFile);
    expect(m.requests).toBe(4);
    expect(m.blockingCssBytes).toBe(gzipSize(files.get('/_astro/site.css')!));
    expect(m.scriptBytes).toBe(0);
    expect(m.external).toEqual([]);
  });

  it('follows static imports of module scripts and ignores JSON-LD', () => {
    const m = measurePage(
      '/',
      page('', '<script type="module" src="/_astro/app.js"></script><script type="application/ld+json">{"a":1}</script>'),
      readFile,
    );
    expect(m.scriptBytes).toBe(gzipSize(files.get('/_astro/app.js')!) + gzipSize(files.get('/_astro/chunk.js')!));
    expect(m.requests).toBe(6);
  });

  it('lists requests to other hosts', () => {
    const m = measurePage('/', page('<img src="https://cdn.example.com/x.png" alt="">'), readFile);
    expect(m.external).toEqual(['https://cdn.example.com/x.png']);
  });
});

describe('checkBudgets', () => {
  it('passes a small page', () => {
    expect(checkBudgets([measurePage('/', page('<p>Hallo</p>'), readFile)])).toEqual([]);
  });

  it('fails a page whose HTML is too big for the first round trip', () => {
    const big = measurePage('/groot/', page(`<p>${noise(2 * BUDGETS.criticalBytes)}</p>`), readFile);
    const violations = checkBudgets([big]);
    expect(violations.map((v) => [v.page, v.budget])).toEqual([['/groot/', 'criticalBytes']]);
    expect(violations[0]!.actual).toBeGreaterThan(BUDGETS.criticalBytes);
  });

  it('fails a page with too much JavaScript or a request to another host', () => {
    const heavy = measurePage(
      '/js/',
      page('<script type="module" src="/_astro/app.js"></script><link rel="stylesheet" href="https://fonts.example.com/a.css">'),
      readFile,
    );
    expect(checkBudgets([heavy]).map((v) => v.budget)).toEqual(['scriptBytes', 'externalRequests']);
  });

  it('prints a table with one row per page', () => {
    const table = formatTable([measurePage('/', page('<p>Hallo</p>'), readFile)]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| /');
  });
});
