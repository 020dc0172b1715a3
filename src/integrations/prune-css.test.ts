import { describe, expect, it } from 'vitest';
import { pruneStylesheet } from './prune-css.ts';

const CSS =
  '.used{color:red}.unused{color:blue}.sm\\:used:hover{color:green}.sm\\:unused{color:gray}' +
  ':focus-visible{outline:3px solid}:target{scroll-margin-top:1rem}' +
  '.share-links button{cursor:pointer}[hidden]{display:none}@media (prefers-color-scheme:dark){:root{--ink:#fff}}';

const html = (css: string, body = '<p class="used sm:used">Hallo</p><span class="share-links"><a href="/">Kopieer link</a></span>') =>
  `<!doctype html><html lang="nl"><head><meta http-equiv="content-security-policy" content="default-src 'self'"><style>${css}</style></head><body>${body}</body></html>`;

describe('pruneStylesheet', () => {
  it("drops the rules for classes the page does not use, Tailwind's escaped names included, and keeps the rest", async () => {
    const pruned = await pruneStylesheet(CSS, html(CSS), []);
    expect(pruned).toContain('.used{');
    expect(pruned).toContain('.sm\\:used:hover{');
    expect(pruned).not.toContain('.unused');
    expect(pruned).not.toContain('.sm\\:unused');
    expect(pruned, 'no [hidden] element on the page').not.toContain('[hidden]');
  });

  it('keeps selectors of states, not markup: focus, target, the dark theme', async () => {
    const pruned = await pruneStylesheet(CSS, html(CSS), []);
    expect(pruned).toContain(':focus-visible{');
    expect(pruned).toContain(':target{');
    expect(pruned).toMatch(/prefers-color-scheme:\s*dark\)\s*\{\s*:root/);
  });

  it('keeps a rule for markup that a script creates (the "Deel" button)', async () => {
    const page = html(CSS);
    expect(await pruneStylesheet(CSS, page, [])).not.toContain('.share-links button');
    const script = 'let b=document.createElement("button");b.append("Deel")';
    expect(await pruneStylesheet(CSS, page, [script])).toContain('.share-links button');
    // Only its strings count: a name in the code itself adds nothing to the page.
    expect(await pruneStylesheet(CSS, page, ['let hidden=document.body.hidden'])).not.toContain('[hidden]');
  });
});
