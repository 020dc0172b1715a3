import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemap, site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
