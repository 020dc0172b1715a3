/**
 * The HTTP headers a static host should send with every page, in the `_headers` format that
 * Netlify and Cloudflare Pages read. The Content-Security-Policy is the one Astro put in each
 * page's <meta> (with the hashes of this build's scripts and styles), plus `frame-ancestors`,
 * which only works as a real header.
 */
export const EXTRA_CSP_DIRECTIVES = ["frame-ancestors 'none'"];

export const STATIC_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/** The policy from `<meta http-equiv="content-security-policy" content="...">`, or undefined. */
export function cspFromHtml(html: string): string | undefined {
  const match = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i);
  return match?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Normalises a policy: directives trimmed, in their given order, joined by "; ". */
export function normalizeCsp(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('; ');
}

export function headersFile(metaPolicy: string): string {
  const csp = normalizeCsp([metaPolicy, ...EXTRA_CSP_DIRECTIVES].join(';'));
  const lines = ['/*', `  Content-Security-Policy: ${csp}`, ...Object.entries(STATIC_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  return `# Generated at build time by src/integrations/security-headers.ts: do not edit dist/_headers.\n${lines.join('\n')}\n`;
}
