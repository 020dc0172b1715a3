// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import tailwindcss from '@tailwindcss/vite';
import { rehypeMarkQuotes } from './src/lib/rehype-mark-quotes.ts';

// One place for the public address: canonical URLs, Open Graph and the sitemap derive from it.
// A deployment overrides it with SITE_URL; OUT_DIR lets tests build into a scratch folder.
const site = process.env.SITE_URL ?? 'https://briefing-trump-poetin.example';

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({
      // Short aliases (/1/ … /5/) only redirect; they are not pages of their own.
      filter: (page) => !/\/\d\/$/.test(page),
    }),
  ],
  markdown: {
    // Astro 7's default processor does not run remark/rehype plugins; unified() does.
    // Smartypants stays off: the article's quotes are already typographic and must stay verbatim.
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeMarkQuotes],
      smartypants: false,
    }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
