/**
 * Size and request budgets per built page. Measures what a browser fetches to show a page: the
 * HTML (with its inlined stylesheet and scripts), anything that blocks the first paint, scripts,
 * the print stylesheet (apart: it is for paper), images and icons, and any request to another
 * host. Budgets live here, in one place.
 */
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export const BUDGETS = {
  /**
   * The HTML with its inlined CSS, gzip. The first TCP round trip carries about 14 KB (ten
   * segments); a kilobyte under that leaves an editor room for a topic or a paragraph more.
   */
  htmlBytes: 13.5 * 1024,
  /**
   * Stylesheets and scripts that hold back the first paint: none, so the HTML alone paints. A
   * `media="print"` stylesheet and a deferred script do not.
   */
  renderBlockingRequests: 0,
  /** JavaScript per page, gzip. None is needed to read; this is for small enhancements. */
  scriptBytes: 2 * 1024,
  /** Everything a page loads for the screen, gzip: all but the print stylesheet and Open Graph images (which only chat apps fetch). */
  totalBytes: 60 * 1024,
  /**
   * Paper's layer, gzip: the print stylesheet and the faces of its bundled font, which every page
   * loads with itself so that a print at any moment has them (global.css). The same files for the
   * whole site, cached after the first page; none of them blocks the screen's paint.
   */
  printBytes: 72 * 1024,
  /** Requests to other hosts: none at all. */
  externalRequests: 0,
} as const;

export interface PageMeasure {
  page: string;
  htmlBytes: number;
  /** URLs of the stylesheets and classic scripts the browser must fetch before it paints. */
  renderBlocking: string[];
  scriptBytes: number;
  /** Paper's layer, gzip: print-only stylesheets and the font files that @font-face rules name. */
  printBytes: number;
  otherBytes: number;
  totalBytes: number;
  requests: number;
  external: string[];
}

export interface Violation {
  page: string;
  budget: keyof typeof BUDGETS;
  actual: number;
  limit: number;
}

/** Reads a built file by URL path; undefined when it does not exist. */
export type FileReader = (urlPath: string) => Buffer | undefined;

export const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** Static imports of an ES module, as URL paths relative to the module. */
function moduleImports(code: string, moduleUrl: URL): URL[] {
  const specifiers = [...code.matchAll(/(?:import|from)\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  return specifiers.filter((s) => s.startsWith('.') || s.startsWith('/')).map((s) => new URL(s, moduleUrl));
}

export function measurePage(page: string, html: string, readFile: FileReader, origin = 'http://localhost'): PageMeasure {
  const base = new URL(page, origin);
  const root = parse(html);
  const external = new Set<string>();
  const fetched = new Set<string>();
  const renderBlocking: string[] = [];
  let scriptBytes = 0;
  let printBytes = 0;
  let otherBytes = 0;

  /** The file behind an address, once per address; undefined for other hosts and `data:` URIs (already in the HTML). */
  const fetch = (raw: string): Buffer | undefined => {
    if (raw.startsWith('data:')) return undefined;
    const url = new URL(raw, base);
    if (url.origin !== origin) {
      external.add(url.href);
      return undefined;
    }
    if (fetched.has(url.pathname)) return undefined;
    fetched.add(url.pathname);
    return readFile(url.pathname);
  };

  const fetchScript = (src: string) => {
    const queue = [new URL(src, base)];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const file = fetch(url.href);
      if (!file) continue;
      scriptBytes += gzipSize(file);
      queue.push(...moduleImports(file.toString('utf-8'), url));
    }
  };

  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase();
    const href = link.getAttribute('href') ?? '';
    if (rel === 'stylesheet') {
      // A stylesheet for print only does not hold back the screen; any other one does.
      const forPrint = (link.getAttribute('media') ?? 'all').toLowerCase() === 'print';
      if (!forPrint) renderBlocking.push(href);
      const css = fetch(href);
      if (css && forPrint) printBytes += gzipSize(css);
      else if (css) otherBytes += gzipSize(css);
    } else if (['icon', 'preload', 'modulepreload', 'apple-touch-icon', 'manifest'].includes(rel)) {
      const file = fetch(href);
      if (file) otherBytes += gzipSize(file);
    }
  }
  for (const script of root.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type && type !== 'module' && type !== 'text/javascript') continue; // data blocks (JSON-LD) do not run
    const src = script.getAttribute('src');
    // A classic script without async or defer stops the parser until it has run.
    if (src && type !== 'module' && !script.hasAttribute('async') && !script.hasAttribute('defer')) renderBlocking.push(src);
    if (src) {
      fetchScript(src);
      continue;
    }
    scriptBytes += gzipSize(script.text);
    for (const imported of moduleImports(script.text, base)) fetchScript(imported.href);
  }
  // The font files of the inlined CSS's @font-face rules: loaded as soon as text uses them.
  for (const style of root.querySelectorAll('style')) {
    for (const [, rule = ''] of style.text.matchAll(/@font-face\s*{([^}]*)}/g)) {
      for (const [, url = ''] of rule.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const font = fetch(url);
        if (font) printBytes += gzipSize(font);
      }
    }
  }
  for (const img of root.querySelectorAll('img[src], source[srcset], video[src], audio[src], iframe[src]')) {
    const src = img.getAttribute('src') ?? img.getAttribute('srcset')?.split(/\s+/)[0] ?? '';
    const file = fetch(src);
    if (file) otherBytes += gzipSize(file);
  }
  const htmlBytes = gzipSize(html);
  return {
    page,
    htmlBytes,
    renderBlocking,
    scriptBytes,
    printBytes,
    otherBytes,
    totalBytes: htmlBytes + scriptBytes + otherBytes,
    requests: 1 + fetched.size + external.size,
    external: [...external],
  };
}

export function checkBudgets(measures: readonly PageMeasure[]): Violation[] {
  const violations: Violation[] = [];
  for (const m of measures) {
    const check = (budget: keyof typeof BUDGETS, actual: number) => {
      if (actual > BUDGETS[budget]) violations.push({ page: m.page, budget, actual, limit: BUDGETS[budget] });
    };
    check('htmlBytes', m.htmlBytes);
    check('renderBlockingRequests', m.renderBlocking.length);
    check('scriptBytes', m.scriptBytes);
    check('totalBytes', m.totalBytes);
    check('printBytes', m.printBytes);
    check('externalRequests', m.external.length);
  }
  return violations;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function formatTable(measures: readonly PageMeasure[]): string {
  const header = ['page', 'HTML', 'headroom', 'blocking', 'requests', 'JS', 'total', 'print', 'other hosts'];
  const rows = measures.map((m) => [
    m.page,
    kb(m.htmlBytes),
    kb(BUDGETS.htmlBytes - m.htmlBytes),
    String(m.renderBlocking.length),
    String(m.requests),
    kb(m.scriptBytes),
    kb(m.totalBytes),
    kb(m.printBytes),
    String(m.external.length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const separator = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), separator, ...rows.map(line)].join('\n');
}
