import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { finishPage } from './post-build.ts';
import { cspFromHtml } from './security-headers.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSS = '.used{color:red}.unused{color:blue}';
const page = (policy: string) =>
  `<!doctype html><html lang="nl"><head><meta http-equiv="content-security-policy" content="${policy}"><style>${CSS}</style></head><body><p class="used">Hallo</p></body></html>`;

describe('finishPage', () => {
  it('prunes the style, then allows the pruned style’s hash and no other', async () => {
    const { html, policy } = await finishPage(
      page(`default-src 'self'; style-src 'self' 'sha256-island=' ${sha256(CSS)}`),
      [],
      'index.html',
    );
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toBe('.used{color:red}');
    expect(policy).toBe(`default-src 'self'; style-src 'self' ${sha256(style)}`);
    expect(cspFromHtml(html)).toBe(policy);
  });

  it('fails, naming the page, when Astro’s policy does not allow the style Astro inlined', async () => {
    await expect(finishPage(page("style-src 'self' 'sha256-other='"), [], 'briefing/index.html')).rejects.toThrow(
      /briefing\/index\.html inlines a style whose hash/,
    );
  });

  it('prunes a page without a policy and gives it none', async () => {
    const { html, policy } = await finishPage(
      `<html><head><style>${CSS}</style></head><body><p class="used"></p></body></html>`,
      [],
      '1/index.html',
    );
    expect(html).not.toContain('.unused');
    expect(policy).toBeUndefined();
  });
});
