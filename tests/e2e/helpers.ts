/**
 * Shared helpers for the browser tests: which pages exist (from the built sitemap), what the
 * content says (read from `content/`, never copied into the tests), console and network
 * watching, and axe.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request, Response } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

/** The project root (where playwright.config.ts and astro.config.mjs live). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The build the preview server serves: the same OUT_DIR astro.config.mjs writes to. */
export const OUT_DIR = path.resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** The content the site was built from (CONTENT_DIR, as in src/content.config.ts). */
export const CONTENT_DIR = path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content');

/** A path no page lives at: the preview server answers it with the 404 page. */
export const NOT_FOUND_PATH = '/bestaat-niet/';

// ---------------------------------------------------------------------------------------------
// Pages

/**
 * Every page the build published: the pathname of each `<loc>` in the sitemap. New pages are
 * tested without touching the tests. Throws when the site has not been built.
 */
export function pagePaths(): string[] {
  const file = path.join(OUT_DIR, 'sitemap-0.xml');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the site first (npx astro build, with the same OUT_DIR as the tests)`);
  }
  const xml = readFileSync(file, 'utf-8');
  const paths = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => new URL(decodeXml(match[1] ?? '')).pathname);
  if (paths.length === 0) throw new Error(`${file} lists no pages`);
  return [...new Set(paths)];
}

/** Every page in the sitemap plus the 404 page, for checks that hold on every page the site serves. */
export function allPaths(): string[] {
  return [...pagePaths(), NOT_FOUND_PATH];
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------------------------------------
// Content (read as data, the way the site reads it)

export interface QuoteData {
  id: string;
  text: string;
  cites?: string;
}

export interface SummarySentence {
  text: string;
  /** Paragraph numbers (from 1) of the takeaway's body. */
  paragraphs: number[];
}

export interface TakeawayData {
  number: number;
  title: string;
  slug: string;
  summary: SummarySentence[];
  /** The same claim, shorter (at most 130 characters): the briefing's front page, the meta description. */
  shortSummary: SummarySentence[];
  quotes: QuoteData[];
  /** The body's paragraphs (split on blank lines, whitespace collapsed), as the site counts them. */
  paragraphs: string[];
}

export interface PointData {
  id: string;
  text: string;
  phrases?: string[];
  orderUncertain?: boolean;
}

export interface ReadoutData {
  id: string;
  label: string;
  title: string;
  url: string;
  urlCaveat?: string;
  phraseSource: 'readout' | 'translation';
  order: number;
  points: PointData[];
}

export type Stance = 'says' | 'silent' | 'differs';

export interface CellData {
  stance: Stance;
  text: string;
  points?: string[];
  phrase?: string;
}

export interface TopicData {
  id: string;
  label: string;
  takeaways: string[];
  sides: Record<string, CellData>;
  note?: { text: string; sources: string[] };
}

function readYaml(file: string): unknown {
  return parseYaml(readFileSync(file, 'utf-8'));
}

/** The frontmatter of every `content/takeaways/*.mdx`, in article order (number 1–5). */
export function takeaways(): TakeawayData[] {
  const dir = path.join(CONTENT_DIR, 'takeaways');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf-8');
      const [, frontmatter, body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];
      if (frontmatter === undefined) throw new Error(`${dir}/${name} has no frontmatter`);
      return { ...(parseYaml(frontmatter) as Omit<TakeawayData, 'paragraphs'>), paragraphs: paragraphsOf(body) };
    })
    .sort((a, b) => a.number - b.number);
}

/** `content/readouts/*.yaml` in column order; the id is the file name. */
export function readouts(): ReadoutData[] {
  const dir = path.join(CONTENT_DIR, 'readouts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ ...(readYaml(path.join(dir, name)) as Omit<ReadoutData, 'id'>), id: name.replace(/\.yaml$/, '') }))
    .sort((a, b) => a.order - b.order);
}

/** `content/context.yaml`'s facts (from after the call), in file order. */
export function contextFacts(): PointData[] {
  return (readYaml(path.join(CONTENT_DIR, 'context.yaml')) as { facts: PointData[] }).facts;
}

/** `content/comparison.yaml`'s topics, in file order. */
export function topics(): TopicData[] {
  return (readYaml(path.join(CONTENT_DIR, 'comparison.yaml')) as { topics: TopicData[] }).topics;
}

export interface ArticleMeta {
  siteName: string;
  siteTitle: string;
  siteDescription: string;
  source: { publication: string; publisher: string; month: string; headline: string; headlineNote: string; rights: string; url: string };
  /** The body of the file: the article's lede. */
  lede: string;
  /** The lede's paragraphs. */
  ledeParagraphs: string[];
}

/** `content/article.mdx`: the frontmatter, and the body as `lede`. */
export function articleMeta(): ArticleMeta {
  const text = readFileSync(path.join(CONTENT_DIR, 'article.mdx'), 'utf-8');
  const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];
  return {
    ...(parseYaml(frontmatter) as Omit<ArticleMeta, 'lede' | 'ledeParagraphs'>),
    lede: normalize(body),
    ledeParagraphs: paragraphsOf(body),
  };
}

/** A body's paragraphs: split on blank lines, whitespace collapsed (as src/lib/paragraphs.ts). */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map(normalize)
    .filter(Boolean);
}

/** A summary as one text: its sentences joined with spaces. */
export const summaryText = (takeaway: Pick<TakeawayData, 'summary'>): string => takeaway.summary.map((s) => s.text.trim()).join(' ');

export const takeawayPath = (slug: string): string => `/conclusies/${slug}/`;

/** Collapse runs of whitespace to one space, as the site does when it compares quotes. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** An attribute selector for an id: safe for any id, unlike `#id`. */
export const byId = (id: string): string => `[id="${id.replace(/["\\]/g, '\\$&')}"]`;

// ---------------------------------------------------------------------------------------------
// Console and network

export interface PageProblems {
  /** Console errors and warnings, uncaught exceptions, failed and >= 400 requests. */
  list(): string[];
}

/**
 * Starts recording everything that goes wrong on `page`: console errors and warnings, uncaught
 * exceptions, requests that failed outright and responses with status >= 400. Call before
 * `page.goto`. `expectedStatus` lets one URL (the 404 page itself) answer with its own status;
 * the console message Chromium logs for that document is then expected too.
 */
export function watchProblems(page: Page, options: { expectedStatus?: { path: string; status: number } } = {}): PageProblems {
  const problems: string[] = [];
  const expected = options.expectedStatus;
  const isExpected = (response: Response) => {
    if (!expected) return false;
    const url = new URL(response.url());
    return url.pathname === expected.path && response.status() === expected.status && response.request().isNavigationRequest();
  };
  let expectedLoadErrors = 0;

  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    const location = message.location();
    // Chromium logs a failed load of the main document; allowed once per expected response.
    if (
      expectedLoadErrors > 0 &&
      type === 'error' &&
      text.startsWith(`Failed to load resource: the server responded with a status of ${expected?.status}`) &&
      (!location.url || new URL(location.url).pathname === expected?.path)
    ) {
      expectedLoadErrors -= 1;
      return;
    }
    problems.push(`console.${type}: ${text}${location.url ? ` (${location.url}:${location.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request: Request) => {
    problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    if (isExpected(response)) {
      expectedLoadErrors += 1;
      return;
    }
    problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });

  return { list: () => [...problems] };
}

// ---------------------------------------------------------------------------------------------
// Accessibility

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeResult {
  count: number;
  /** One block per rule: id, impact, help and the selector of each failing node. */
  report: string;
}

/** Runs axe with the WCAG 2.0–2.2 A/AA rules on the page as it is now. */
export async function axe(page: Page): Promise<AxeResult> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const why = node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, '\n      ')}` : '';
          return `    - ${node.target.map(String).join(' >>> ')}${why}`;
        })
        .join('\n');
      return `  ${violation.id} [${violation.impact ?? 'n/a'}]: ${violation.help} (${violation.helpUrl})\n${nodes}`;
    })
    .join('\n');
  return { count: violations.length, report: violations.length ? `axe violations on ${page.url()}:\n${report}` : '' };
}
