/**
 * Broken content must fail the real build, with a message that names the file and the field: one
 * case per stage of the pipeline (frontmatter, schema, rendered quotes, cross-entry checks, the
 * lede, the YAML lists), to show each stage's error reaches `astro build`. The rules themselves
 * are tested beside their modules (src/lib/*.test.ts): a real build takes seconds. Each case
 * copies content/ to .tmp/, breaks one thing, and runs `astro build` on the copy (CONTENT_DIR and
 * OUT_DIR point the build there; see content.config.ts and astro.config.mjs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function takeawayFile(dir: string, number: number): string {
  const name = readdirSync(`${dir}/takeaways`).find((file) => file.startsWith(`${number}-`));
  if (!name) throw new Error(`no takeaway ${number} in ${dir}`);
  return `${dir}/takeaways/${name}`;
}

function edit(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf-8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`test setup: "${String(from)}" not found in ${file}`);
  writeFileSync(file, after);
}

function buildBroken(name: string, breakIt: (dir: string) => void): { status: number | null; output: string } {
  const dir = `.tmp/content-${name}`;
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  breakIt(dir);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      CONTENT_DIR: dir,
      OUT_DIR: `.tmp/dist-${name}`,
      ASTRO_CACHE_DIR: `.tmp/cache-${name}`,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    encoding: 'utf-8',
  });
  rmSync(`.tmp/dist-${name}`, { recursive: true, force: true });
  rmSync(`.tmp/cache-${name}`, { recursive: true, force: true });
  // Astro writes the content modules' import map into .astro/ whatever the cache dir, and rewrites it
  // only when the content changed or the file is missing: remove the broken copy's map, so the next
  // real build writes its own instead of importing files from .tmp/.
  for (const file of ['.astro/content-modules.mjs', '.astro/content-assets.mjs']) rmSync(file, { force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build on broken content', () => {
  it('fails on malformed frontmatter, naming the file', () => {
    const { status, output } = buildBroken('bad-yaml', (dir) => edit(takeawayFile(dir, 2), 'title: "Poetin wil', 'title: "Poetin: wil: "'));
    expect(status).not.toBe(0);
    expect(output).toContain('takeaways/2-poetin-wil-oekraine-militair-verder-verzwakken.mdx');
  });

  it('fails on a missing field, naming the file and the field', () => {
    const { status, output } = buildBroken('missing-number', (dir) => edit(takeawayFile(dir, 4), /^number: 4\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('takeaways/4-oekraine-hoeft-geen-hindernis-te-zijn-voor-goede-relaties.mdx');
    expect(output).toMatch(/number\W+Required|number: Required|number.*required/i);
  });

  it('fails on a key quote that is not in the text, naming the file and the quote id', () => {
    const { status, output } = buildBroken('quote', (dir) =>
      edit(takeawayFile(dir, 5), 'Poetin heeft geen haast, en dus', 'Poetin heeft geen haast; dus'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'takeaways/5-trump-wil-zich-liever-niet-met-oekraine-bezighouden.mdx → quotes[1].text (id "rusland-geen-haast")',
    );
  });

  it('fails on an unknown takeaway slug in the comparison, naming the file, topic and field', () => {
    const { status, output } = buildBroken('slug', (dir) =>
      edit(`${dir}/comparison.yaml`, 'takeaways: [poetin-wil-verder-vechten]', 'takeaways: [poetin-wil-vechten]'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/comparison\.yaml → topics\[\d+\]\.takeaways \(id "[a-z-]+"\): unknown takeaway slug "poetin-wil-vechten"/);
  });

  // The one check of src/lib/article.ts, which reads astro:content and so has no unit test.
  it('fails on an empty lede, naming the file', () => {
    const { status, output } = buildBroken('lede', (dir) => edit(`${dir}/article.mdx`, /\n---\n[\s\S]*$/, '\n---\n'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/article\.mdx → \(body\): empty: the body of this file is the article’s lede/);
  });

  it('fails on a YAML error in context.yaml instead of loading no facts', () => {
    const { status, output } = buildBroken('context-yaml', (dir) => edit(`${dir}/context.yaml`, /facts:\n/, 'facts:\n  - id: [unclosed\n'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/context\.yaml → \(yaml\)/);
  });
});
