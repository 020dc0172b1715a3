/**
 * Hedge check over a built site (run by `npm run check:links`): wherever a page shows a hedged text
 * (src/lib/hedges.ts: Knack's likely headline, a readout's unconfirmed address, the Kremlin's
 * English), its hedge stands with it, in the form each place allows:
 *
 * - on screen and on paper: in the same block (paragraph, list item, cell, caption) as the text,
 *   or for an address as the link to it; read twice, once without what the screen hides (`hidden`,
 *   `sr-only`) and once without what paper hides (`print:hidden`, `hidden` without `print:block`);
 * - in the head: in the same `<title>` or meta tag (description, Open Graph, Twitter);
 * - in JSON-LD: in the same object (e.g. `disambiguatingDescription`), or the text is left out.
 *
 * What CSS hides by selector is not evaluated: hide a hedge with a class, not from a stylesheet.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { unhedgedInJsonLd, unhedgedInText, type Hedge } from '../src/lib/hedges.ts';
import type { BuiltSite } from './site-files.ts';

export interface HedgeProblem {
  page: string;
  /** Where on the page: "screen", "print", "<meta property=og:title>", "JSON-LD $.citation[0]". */
  where: string;
  what: string;
}

type Medium = 'screen' | 'print';

const ELEMENT = 1;
const TEXT = 3;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head']);
const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'figcaption',
  'caption',
  'dd',
  'dt',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'body',
]);
const PRINT_SHOWN = ['print:block', 'print:inline', 'print:inline-block', 'print:flex', 'print:grid', 'print:table'];

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');

function hiddenIn(element: HTMLElement, medium: Medium): boolean {
  if (SKIPPED.has(element.rawTagName?.toLowerCase() ?? '')) return true;
  if (element.hasAttribute('hidden')) return true;
  const classes = (element.getAttribute('class') ?? '').split(/\s+/);
  if (classes.includes('sr-only')) return true;
  if (medium === 'screen') return classes.includes('hidden');
  return classes.includes('print:hidden') || (classes.includes('hidden') && !classes.some((c) => PRINT_SHOWN.includes(c)));
}

/** The text a reader sees of a node in a medium. */
function visibleText(node: Node, medium: Medium): string {
  if (node.nodeType === TEXT) return node.text;
  if (node.nodeType !== ELEMENT) return '';
  const element = node as HTMLElement;
  if (hiddenIn(element, medium)) return '';
  if (element.rawTagName?.toLowerCase() === 'br') return ' ';
  return element.childNodes.map((child) => visibleText(child, medium)).join('');
}

function blockOf(element: HTMLElement): HTMLElement {
  let current: HTMLElement | null = element;
  while (current && !BLOCKS.has(current.rawTagName?.toLowerCase() ?? '')) current = current.parentNode;
  return current ?? element;
}

/** The visible elements of a medium, each with its visible text. */
function visibleElements(root: HTMLElement, medium: Medium): { element: HTMLElement; text: string }[] {
  const found: { element: HTMLElement; text: string }[] = [];
  const walk = (element: HTMLElement): void => {
    if (hiddenIn(element, medium)) return;
    found.push({ element, text: normalize(visibleText(element, medium)) });
    for (const child of element.childNodes) if (child.nodeType === ELEMENT) walk(child as HTMLElement);
  };
  walk(root);
  return found;
}

function checkBody(body: HTMLElement, hedges: readonly Hedge[], medium: Medium): string[] {
  const elements = visibleElements(body, medium);
  const problems: string[] = [];
  for (const hedge of hedges) {
    const shown = hedge.href
      ? elements.filter(({ element }) => element.rawTagName?.toLowerCase() === 'a' && element.getAttribute('href') === hedge.text)
      : // The smallest elements that show the whole text: none of their visible children does.
        elements.filter(
          ({ element, text }) =>
            text.includes(normalize(hedge.text)) &&
            !element.childNodes.some(
              (child) =>
                child.nodeType === ELEMENT &&
                !hiddenIn(child as HTMLElement, medium) &&
                normalize(visibleText(child, medium)).includes(normalize(hedge.text)),
            ),
        );
    for (const { element } of shown) {
      if (!normalize(visibleText(blockOf(element), medium)).includes(normalize(hedge.hedge))) problems.push(hedge.what);
    }
  }
  return problems;
}

/** Every place on every page that shows a hedged text without its hedge. */
export function checkHedges(site: BuiltSite, hedges: readonly Hedge[]): HedgeProblem[] {
  const problems: HedgeProblem[] = [];
  for (const [page, html] of site.pages) {
    const root = parse(html, { blockTextElements: { script: true, style: true } });
    const head = root.querySelector('head');
    const title = head?.querySelector('title');
    if (title) for (const what of unhedgedInText(title.text, hedges)) problems.push({ page, where: '<title>', what });
    for (const meta of head?.querySelectorAll('meta[content]') ?? []) {
      const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
      if (!/^(description|og:|twitter:)/.test(key)) continue;
      for (const what of unhedgedInText(meta.getAttribute('content') ?? '', hedges)) problems.push({ page, where: `<meta ${key}>`, what });
    }
    for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
      for (const { path, what } of unhedgedInJsonLd(JSON.parse(script.text), hedges))
        problems.push({ page, where: `JSON-LD ${path}`, what });
    }
    const body = root.querySelector('body');
    if (!body) continue;
    for (const medium of ['screen', 'print'] as const) {
      for (const what of checkBody(body, hedges, medium)) problems.push({ page, where: medium, what });
    }
  }
  return problems;
}
