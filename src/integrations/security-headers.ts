/**
 * The site's security headers, all in one place. Astro writes a Content-Security-Policy into every
 * page's <meta> (the directives below, plus the hashes of this build's scripts and styles, so no
 * 'unsafe-inline' is needed). After the build this integration writes `dist/_headers`, the format
 * Netlify and Cloudflare Pages read, with the same policy plus what only a real header can carry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { parse } from 'node-html-parser';

/**
 * `security` in astro.config.mjs: a Content-Security-Policy in every page's <meta>. default-src
 * covers images, fonts and fetches: all come from this site only.
 */
export const security = {
  csp: { directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] },
} satisfies AstroUserConfig['security'];

/** Directives a <meta> cannot carry, for the header only. */
const HEADER_ONLY_CSP_DIRECTIVES = ["frame-ancestors 'none'"];

const STATIC_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/** The policy from `<meta http-equiv="content-security-policy" content="...">`, or undefined. */
export function cspFromHtml(html: string): string | undefined {
  return parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
}

/** Normalises a policy: directives trimmed, in their given order, joined by "; ". */
export function normalizeCsp(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('; ');
}

/** `_headers`: every path gets the pages' policy plus the header-only directives, and the static headers. */
export function headersFile(metaPolicy: string): string {
  const csp = normalizeCsp([metaPolicy, ...HEADER_ONLY_CSP_DIRECTIVES].join(';'));
  const lines = ['/*', `  Content-Security-Policy: ${csp}`, ...Object.entries(STATIC_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  return `# Generated at build time by src/integrations/security-headers.ts: do not edit dist/_headers.\n${lines.join('\n')}\n`;
}

/** Writes dist/_headers after the build, with the policy Astro put in the pages. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const policy = cspFromHtml(readFileSync(new URL('index.html', dir), 'utf-8'));
        if (!policy) throw new Error('security-headers: dist/index.html has no CSP <meta>; is security.csp on in astro.config.mjs?');
        writeFileSync(new URL('_headers', dir), headersFile(policy));
        logger.info('wrote _headers with the pages’ Content-Security-Policy');
      },
    },
  };
}
