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
  ['/_astro/enhance.js', Buffer.from('(function(){document.documentElement.dataset.enhanced=""})();')],
  ['/favicon.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ['/_astro/face.woff2', Buffer.from(noise(600))],
  ['/_astro/app.js', Buffer.from('import"./chunk.js";console.log(1)')],
  ['/_astro/chunk.js', Buffer.from(`console.log("${noise(3 * BUDGETS.scriptBytes)}")`)],
]);
const readFile = (path: string) => files.get(path);
const FACE = '@font-face{font-family:"Source Serif 4";src:url(/_astro/face.woff2)format("woff2")}';
/**
 * A page as the site builds it: the screen CSS inlined (with paper's face declared in it), the
 * icon a data: URI, the print stylesheet linked for print and the enhancements deferred.
 */
const page = (body: string, head = '') =>
  `<!doctype html><html lang="nl"><head><title>t</title><style>body{color:black}${FACE}</style><link rel="icon" href="data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg'/%3e"><link rel="stylesheet" href="/_astro/print.css" media="print"><script defer src="/_astro/enhance.js"></script>${head}</head><body>${body}</body></html>`;

describe('measurePage', () => {
  it('nothing blocks the paint; the paper layer (print stylesheet, its face) is counted apart from the screen', () => {
    const html = page('<p>Hallo</p>');
    const m = measurePage('/', html, readFile);
    expect(m.requests).toBe(4);
    expect(m.htmlBytes).toBe(gzipSize(html));
    expect(m.renderBlocking).toEqual([]);
    expect(m.scriptBytes).toBe(gzipSize(files.get('/_astro/enhance.js')!));
    expect(m.printBytes).toBe(gzipSize(files.get('/_astro/print.css')!) + gzipSize(files.get('/_astro/face.woff2')!));
    expect(m.totalBytes, 'the screen: HTML and script').toBe(m.htmlBytes + m.scriptBytes);
    expect(m.external, 'a data: URI is no request to another host').toEqual([]);
  });

  it('counts an icon file as a request of the screen', () => {
    const m = measurePage('/', page('', '<link rel="icon" href="/favicon.svg">'), readFile);
    expect(m.requests).toBe(5);
    expect(m.otherBytes).toBe(gzipSize(files.get('/favicon.svg')!));
  });

  it('lists a linked screen stylesheet and a classic script as render-blocking, not a module, async or deferred one', () => {
    const m = measurePage(
      '/',
      page(
        '',
        '<link rel="stylesheet" href="/_astro/site.css"><script src="/_astro/chunk.js"></script>' +
          '<script type="module" src="/_astro/app.js"></script><script async src="/a.js"></script><script defer src="/d.js"></script>',
      ),
      readFile,
    );
    expect(m.renderBlocking).toEqual(['/_astro/site.css', '/_astro/chunk.js']);
  });

  it('follows static imports of module scripts and ignores JSON-LD', () => {
    const m = measurePage(
      '/',
      page('', '<script type="module" src="/_astro/app.js"></script><script type="application/ld+json">{"a":1}</script>'),
      readFile,
    );
    expect(m.scriptBytes).toBe(
      gzipSize(files.get('/_astro/enhance.js')!) + gzipSize(files.get('/_astro/app.js')!) + gzipSize(files.get('/_astro/chunk.js')!),
    );
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

  it('fails a page whose HTML is over 13.5 KB gzip, and passes one just under it', () => {
    expect(BUDGETS.htmlBytes).toBe(13.5 * 1024);
    // Base64 noise gzips to about 76 %: 17 KB of it lands near 13 KB, 18.5 KB over 13.5 KB.
    const under = measurePage('/klein/', page(`<p>${noise(12.8 * 1024)}</p>`), readFile);
    expect(under.htmlBytes).toBeLessThan(BUDGETS.htmlBytes);
    expect(checkBudgets([under])).toEqual([]);
    const big = measurePage('/groot/', page(`<p>${noise(14 * 1024)}</p>`), readFile);
    const violations = checkBudgets([big]);
    expect(violations.map((v) => [v.page, v.budget])).toEqual([['/groot/', 'htmlBytes']]);
    expect(violations[0]!.actual).toBeGreaterThan(BUDGETS.htmlBytes);
  });

  it('fails a page that needs more than its HTML to paint', () => {
    const blocked = measurePage('/css/', page('<p>Hallo</p>', '<link rel="stylesheet" href="/_astro/site.css">'), readFile);
    expect(checkBudgets([blocked])).toEqual([{ page: '/css/', budget: 'renderBlockingRequests', actual: 1, limit: 0 }]);
  });

  it('fails a page whose paper layer is too heavy', () => {
    const heavy = measurePage('/print/', page('', `<style>@font-face{src:url(/_astro/big.woff2)}</style>`), (path) =>
      path === '/_astro/big.woff2' ? Buffer.from(noise(BUDGETS.printBytes * 1.4)) : readFile(path),
    );
    expect(checkBudgets([heavy]).map((v) => v.budget)).toEqual(['printBytes']);
  });

  it('fails a page with too much JavaScript or a request to another host', () => {
    const heavy = measurePage(
      '/js/',
      page('<script type="module" src="/_astro/app.js"></script><link rel="stylesheet" href="https://fonts.example.com/a.css">'),
      readFile,
    );
    expect(checkBudgets([heavy]).map((v) => v.budget)).toEqual(['renderBlockingRequests', 'scriptBytes', 'externalRequests']);
  });

  it('prints a table with one row per page', () => {
    const table = formatTable([measurePage('/', page('<p>Hallo</p>'), readFile)]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| /');
    expect(table.split('\n')[0]).toContain('headroom');
  });
});
