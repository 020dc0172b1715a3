// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import tailwindcss from '@tailwindcss/vite';
import { rehypeMarkQuotes } from './src/lib/rehype-mark-quotes.ts';
import { rehypeParagraphIds } from './src/lib/rehype-paragraph-ids.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { isSharePath } from './src/lib/urls.ts';
import { security } from './src/integrations/security-headers.ts';

// One place for the public address: canonical URLs, Open Graph and the sitemap derive from it.
// A deployment overrides it with SITE_URL; OUT_DIR and ASTRO_CACHE_DIR let tests build broken
// content into scratch folders without touching the real build's output and content cache.
const site = process.env.SITE_URL ?? 'https://briefing-trump-poetin.example';

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // The screen CSS inlined in every page: the HTML alone paints, in one round trip (scripts/page-budget.ts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    sitemap({
      // Short aliases (/1/ … /5/) only redirect; they are not pages of their own. The share pages
      // (/citaat/<id>/, /onderwerp/<id>/) are for link previews, a piece of a page that is listed
      // (docs/architecture.md, "Share pages").
      filter: (page) => !/\/\d\/$/.test(page) && !isSharePath(new URL(page).pathname),
    }),
    // After the build, each page in turn: its inlined stylesheet without the rules that match
    // nothing on it, its policy trimmed to the hashes it then uses; then dist/_headers.
    postBuild(),
  ],
  markdown: {
    // No code blocks in the article; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    // Astro 7's default processor does not run remark/rehype plugins; unified() does.
    // Smartypants stays off: the article's quotes are already typographic and must stay verbatim.
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeParagraphIds, rehypeMarkQuotes],
      smartypants: false,
    }),
  },
  // A Content-Security-Policy on every page, its directives in src/integrations/security-headers.ts:
  // Astro adds the hashes of its own scripts and styles, so no 'unsafe-inline' is needed.
  security,
  vite: {
    plugins: [tailwindcss()],
    // Nothing is inlined by size: scripts stay files (deferred), fonts are files the browser caches
    // (the Open Graph cards read theirs at build time).
    build: { assetsInlineLimit: 0 },
  },
});
