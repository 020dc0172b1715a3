import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile, normalizeCsp } from './security-headers.ts';

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
