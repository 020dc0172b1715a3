/**
 * Each page inlines the site's whole stylesheet (Tailwind's utilities and global.css are built
 * once, for every page together), so after the build this drops from each page's `<style>` the
 * rules that can match nothing on that page. PurgeCSS decides, reading the page's own HTML and
 * the built scripts (the enhancements add a "Deel" button and a screen-reader span), so a rule
 * for markup a script creates stays. Run by the post-build pass (post-build.ts), which hashes
 * the pruned styles for the page's Content-Security-Policy afterwards.
 */
import { PurgeCSS } from 'purgecss';
import purgecssFromHtml from 'purgecss-from-html';

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

/** The page with each inline `<style>` pruned. */
export async function prunePage(html: string, scripts: readonly string[]): Promise<string> {
  let out = html;
  for (const [, css = ''] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    out = out.split(`<style>${css}</style>`).join(`<style>${await pruneStylesheet(css, html, scripts)}</style>`);
  }
  return out;
}
