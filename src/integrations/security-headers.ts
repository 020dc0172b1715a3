/**
 * The site's security headers, all in one place. Astro writes a Content-Security-Policy into every
 * page's <meta> (the directives below, plus the hashes of this build's scripts and styles, so no
 * 'unsafe-inline' is needed). After the build, the post-build pass (post-build.ts) trims each
 * page's policy to its own hashes and writes `dist/_headers`, the format Netlify and Cloudflare
 * Pages read, with the same policy plus what only a real header can carry.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { parse } from 'node-html-parser';

/**
 * `security` in astro.config.mjs: a Content-Security-Policy in every page's <meta>. default-src
 * covers images, fonts and fetches: all come from this site only. Images may also be `data:` URIs:
 * the site icon is one, written into each page (src/lib/favicon.ts), and browsers such as Firefox
 * hold icons to img-src.
 */
export const security = {
  csp: { directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] },
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

type Policy = Map<string, string[]>;

const parsePolicy = (policy: string): Policy =>
  new Map(
    normalizeCsp(policy)
      .split('; ')
      .filter(Boolean)
      .map((directive) => {
        const [name = '', ...sources] = directive.split(' ');
        return [name, sources];
      }),
  );

const serializePolicy = (policy: Policy): string => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** A CSP hash source for an inline script or style, as browsers compute it over its text. */
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * The hash sources a page needs: one per inline `<style>` and per inline script that runs (JSON-LD
 * is data, not script). Scripts in their own files are covered by 'self'.
 */
export function inlineHashes(html: string): { 'script-src': string[]; 'style-src': string[] } {
  const root = parse(html);
  const scripts = root
    .querySelectorAll('script:not([src])')
    .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
    .map((s) => cspHash(s.rawText));
  const styles = root.querySelectorAll('style').map((s) => cspHash(s.rawText));
  return { 'script-src': [...new Set(scripts)], 'style-src': [...new Set(styles)] };
}

/**
 * The policy for a page's final HTML: Astro's directives with only the hashes that HTML inlines.
 * Astro lists every hash the site might need on every page (its island and client-directive
 * scripts too, which this site never renders): some 500 bytes of incompressible base64 per page,
 * and a looser policy than the page needs. `built` is the page as Astro wrote it: when Astro's
 * policy does not allow what Astro inlined, the hashes computed here are not the browser's, and
 * this throws, naming the page.
 */
export function pagePolicy(astroPolicy: string, built: string, final: string, page = 'page'): string {
  const directives = parsePolicy(astroPolicy);
  const builtHashes = inlineHashes(built);
  const finalHashes = inlineHashes(final);
  for (const name of ['script-src', 'style-src'] as const) {
    const sources = directives.get(name) ?? [];
    const missing = builtHashes[name].filter((hash) => !sources.includes(hash));
    if (missing.length > 0)
      throw new Error(
        `security-headers: ${page} inlines a ${name === 'style-src' ? 'style' : 'script'} whose hash ${missing.join(', ')} is not in its Content-Security-Policy`,
      );
    // A directive the policy leaves out stays out: an empty one would allow nothing.
    if (directives.has(name)) directives.set(name, [...sources.filter((s) => !isHash(s)), ...finalHashes[name]]);
  }
  return serializePolicy(directives);
}

/** One policy that allows what each of the given policies allows: the sources of each directive joined. */
export function unionPolicy(policies: readonly string[]): string {
  const union: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
  }
  return serializePolicy(union);
}

/** `_headers`: every path gets the pages' policy plus the header-only directives, and the static headers. */
export function headersFile(metaPolicy: string): string {
  const csp = normalizeCsp([metaPolicy, ...HEADER_ONLY_CSP_DIRECTIVES].join(';'));
  const lines = ['/*', `  Content-Security-Policy: ${csp}`, ...Object.entries(STATIC_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  return `# Generated at build time by src/integrations/security-headers.ts: do not edit dist/_headers.\n${lines.join('\n')}\n`;
}
