/** `/favicon.ico`, rendered at build time from src/assets/favicon.svg (src/lib/favicon.ts). */
import type { APIRoute } from 'astro';
import svg from '../assets/favicon.svg?raw';
import { renderFavicon } from '../lib/favicon.ts';

export const GET: APIRoute = async () => {
  const ico = await renderFavicon(svg);
  return new Response(new Uint8Array(ico), { headers: { 'Content-Type': 'image/x-icon' } });
};
