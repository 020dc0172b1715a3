/**
 * The content the site was built from, read once for every test (unit and browser) the way the
 * site reads it: Astro's own frontmatter parser, the schemas of src/lib/schemas.ts and the
 * strict list parsers of src/lib/parse-comparison.ts and parse-context.ts. Tests never copy text
 * from `content/` nor parse it with their own patterns; what they compare with comes from here.
 * CONTENT_DIR points it elsewhere, as it does the build (src/content.config.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { parseComparisonFile } from '../src/lib/parse-comparison.ts';
import { parseContextFile } from '../src/lib/parse-context.ts';
import { fieldPath } from '../src/lib/parse-yaml-list.ts';
import { bodyParagraphs } from '../src/lib/paragraphs.ts';
import {
  articleSchema,
  readoutSchema,
  takeawaySchema,
  type ArticleData,
  type ComparisonTopic,
  type ContextFact,
  type ReadoutData,
  type TakeawayData,
} from '../src/lib/schemas.ts';
import { normalizeWhitespace } from '../src/lib/text.ts';

export interface Takeaway extends TakeawayData {
  /** The file's body: the article's paragraphs of this takeaway, verbatim. */
  body: string;
  /** The body's paragraphs as the site counts them (`#alinea-<number>-<n>`). */
  paragraphs: string[];
}

export interface Readout extends ReadoutData {
  /** The file name: `kremlin`, `white-house`. */
  id: string;
}

export interface ArticleMeta extends ArticleData {
  /** The body of the file, the article's lede, as one line. */
  lede: string;
  /** The lede's paragraphs (`#alinea-0-<n>`). */
  ledeParagraphs: string[];
}

/** The project root (where package.json lives). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CONTENT_DIR = path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content');

function read(file: string): string {
  return readFileSync(file, 'utf-8');
}

/** `schema.parse`, failing with the file and field named. */
function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${file} → ${fieldPath(issue.path)}: ${issue.message}`).join('\n'));
}

function mdx(file: string): { frontmatter: unknown; body: string } {
  const { frontmatter, content } = parseFrontmatter(read(file), { frontmatter: 'remove' });
  return { frontmatter, body: content };
}

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(dir, name));
}

function once<T>(load: () => T): () => T {
  let value: { loaded: T } | undefined;
  return () => (value ??= { loaded: load() }).loaded;
}

/** `content/takeaways/*.mdx`, in article order (number 1–5). */
export const takeaways = once((): Takeaway[] =>
  filesIn(path.join(CONTENT_DIR, 'takeaways'), '.mdx')
    .map((file) => {
      const { frontmatter, body } = mdx(file);
      return { ...parseWith(takeawaySchema, frontmatter, file), body, paragraphs: bodyParagraphs(body) };
    })
    .sort((a, b) => a.number - b.number),
);

/** `content/readouts/*.yaml`, in column order; the id is the file name. */
export const readouts = once((): Readout[] =>
  filesIn(path.join(CONTENT_DIR, 'readouts'), '.yaml')
    .map((file) => ({
      ...parseWith(readoutSchema, parseYaml(read(file)), file),
      id: path.basename(file, '.yaml'),
    }))
    .sort((a, b) => a.order - b.order),
);

/** `content/comparison.yaml`'s topics, in file order. */
export const topics = once((): ComparisonTopic[] => {
  const file = path.join(CONTENT_DIR, 'comparison.yaml');
  return parseComparisonFile(read(file), file);
});

/** `content/context.yaml`'s facts (from after the call), in file order. */
export const contextFacts = once((): ContextFact[] => {
  const file = path.join(CONTENT_DIR, 'context.yaml');
  return parseContextFile(read(file), file);
});

/** `content/article.mdx`: the frontmatter, and the body as the lede. */
export const articleMeta = once((): ArticleMeta => {
  const file = path.join(CONTENT_DIR, 'article.mdx');
  const { frontmatter, body } = mdx(file);
  return { ...parseWith(articleSchema, frontmatter, file), lede: normalizeWhitespace(body), ledeParagraphs: bodyParagraphs(body) };
});
