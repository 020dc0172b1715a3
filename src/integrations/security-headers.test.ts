import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile, inlineHashes, normalizeCsp, pagePolicy, unionPolicy } from './security-headers.ts';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def=';">`;

describe('security headers', () => {
  it('reads the policy Astro put in the page', () => {
    expect(normalizeCsp(cspFromHtml(meta)!)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='");
    expect(cspFromHtml('<meta charset="utf-8">')).toBeUndefined();
  });

  it('writes the same policy plus frame-ancestors and the static headers', () => {
    const file = headersFile(cspFromHtml(meta)!);
    expect(file).toContain(
      "Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; frame-ancestors 'none'",
    );
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(file).toMatch(/Permissions-Policy: camera=\(\)/);
    expect(file.split('\n')[1]).toBe('/*');
  });
});

describe('a policy trimmed to the page', () => {
  const style = 'body{color:black}';
  const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  const page = `<html><head><style>${style}</style><script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script></head></html>`;
  const astroPolicy = `default-src 'self';script-src 'self' 'sha256-island=' 'sha256-load='; style-src 'self' 'sha256-islandstyle=' ${styleHash};`;

  it('hashes inline styles and scripts that run, not JSON-LD or scripts in their own file', () => {
    expect(inlineHashes(page)).toEqual({ 'script-src': [], 'style-src': [styleHash] });
    expect(inlineHashes('<script>go()</script>')['script-src']).toHaveLength(1);
  });

  it('keeps only the hashes the page uses', () => {
    expect(pagePolicy(astroPolicy, page, page)).toBe(`default-src 'self'; script-src 'self'; style-src 'self' ${styleHash}`);
  });

  it('fails, naming the page, when the page inlines a style the policy does not allow', () => {
    expect(() => pagePolicy("style-src 'self' 'sha256-other='", page, page, 'briefing/index.html')).toThrow(
      /briefing\/index\.html inlines a style whose hash 'sha256-.+' is not in its Content-Security-Policy/,
    );
  });

  it('joins the pages’ policies for the header', () => {
    expect(unionPolicy(["script-src 'self'; style-src 'self' 'sha256-a='", "script-src 'self'; style-src 'self' 'sha256-b='"])).toBe(
      "script-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='",
    );
  });
});
