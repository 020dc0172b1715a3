import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, headersFile } from '../lib/security-headers.ts';

/** Writes dist/_headers after the build, with the same CSP Astro put in the pages. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const html = readFileSync(new URL('index.html', dir), 'utf-8');
        const policy = cspFromHtml(html);
        if (!policy) throw new Error('security-headers: dist/index.html has no CSP <meta>; is security.csp on in astro.config.mjs?');
        writeFileSync(new URL('_headers', dir), headersFile(policy));
        logger.info('wrote _headers with the pages’ Content-Security-Policy');
      },
    },
  };
}
