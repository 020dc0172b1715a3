/**
 * Each page inlines the site's whole stylesheet (Tailwind's utilities and global.css are built
 * once, for every page together), so after the build this drops from each page's `<style>` the
 * rules that can match nothing on that page. PurgeCSS decides, reading the page's own HTML and
 * the built scripts (the enhancements add a "Deel" button and a screen-reader span), so a rule
 * for markup a script creates stays. The style's Content-Security-Policy hash is swapped for the
 * new one; securityHeaders(), which runs next, then trims each policy to what the page uses.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PurgeCSS } from 'purgecss';
import purgecssFromHtml from 'purgecss-from-html';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The words in a script's string literals: the classes, tags and attributes it can add (`sr-only`, `button`). */
const scriptWords = (content: string): string[] =>
  [...content.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].flatMap((m) => m[2]?.match(/[\w-]+/g) ?? []);

/** The stylesheet without the rules nothing in `html` or `scripts` can match. */
export async function pruneStylesheet(css: string, html: string, scripts: readonly string[]): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: html, extension: 'html' }, ...scripts.map((raw) => ({ raw, extension: 'js' }))],
    css: [{ raw: css }],
    extractors: [
      { extractor: purgecssFromHtml, extensions: ['html'] },
      { extractor: scriptWords, extensions: ['js'] },
    ],
    // A selector of pseudo-classes alone (`:focus-visible`, `:target`) matches a state, not markup:
    // PurgeCSS would drop it, so its pseudo-classes count as found. `.x:hover` still needs `.x`.
    safelist: { standard: [/^:/] },
    // @font-face, @keyframes and custom properties stay: they cost little and are referenced indirectly.
    fontFace: false,
    keyframes: false,
    variables: false,
  });
  return result?.css ?? css;
}

/** The page with each inline `<style>` pruned and its hash in the CSP `<meta>` swapped for the new one. */
export async function prunePage(html: string, scripts: readonly string[]): Promise<string> {
  let out = html;
  for (const [, css = ''] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const pruned = await pruneStylesheet(css, html, scripts);
    out = out.split(`<style>${css}</style>`).join(`<style>${pruned}</style>`).split(sha256(css)).join(sha256(pruned));
  }
  return out;
}

export function pruneCss(): AstroIntegration {
  return {
    name: 'prune-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, encoding: 'utf-8' });
        const scripts = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(root, f), 'utf-8'));
        let before = 0;
        let after = 0;
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const fullPath = path.join(root, file);
          const html = readFileSync(fullPath, 'utf-8');
          const pruned = await prunePage(html, scripts);
          before += html.length;
          after += pruned.length;
          writeFileSync(fullPath, pruned);
        }
        logger.info(`dropped ${Math.round((before - after) / 1024)} KB of CSS rules that match nothing on their page`);
      },
    },
  };
}
