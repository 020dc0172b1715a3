/**
 * Broken content must fail the real build, with a message that names the file and the field.
 * Each case copies content/ to .tmp/, breaks one thing, and runs `astro build` on the copy
 * (CONTENT_DIR and OUT_DIR point the build there; see content.config.ts and astro.config.mjs).
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

  it('fails on an empty lede, naming the file', () => {
    const { status, output } = buildBroken('lede', (dir) => edit(`${dir}/article.mdx`, /\n---\n[\s\S]*$/, '\n---\n'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/article\.mdx → \(body\): empty: the body of this file is the article’s lede/);
  });

  // Provenance (issue 10): every cell cites its points, every point is cited, every summary
  // sentence and note rests on something that exists.

  it('fails on an unknown point id in a cell, naming the file, topic and side', () => {
    const { status, output } = buildBroken('unknown-point', (dir) =>
      edit(`${dir}/comparison.yaml`, /points: \[kr-\d+\]/, 'points: [kr-999]'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/comparison\.yaml → topics\[\d+\]\.sides\.kremlin\.points \(id "[a-z0-9-]+"\): unknown point "kr-999"/);
  });

  it('fails on a point of the other readout in a cell', () => {
    const { status, output } = buildBroken('other-readout', (dir) =>
      edit(`${dir}/comparison.yaml`, /points: \[wh-(\d+)\]/, 'points: [wh-$1, kr-1]'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /sides\.white-house\.points \(id "[a-z0-9-]+"\): "kr-1" is a point of [^ ]*readouts\/kremlin\.yaml, not of this side’s readout/,
    );
  });

  it('fails on a says cell without points, naming the file, topic and side', () => {
    const { status, output } = buildBroken('says-no-points', (dir) =>
      edit(`${dir}/comparison.yaml`, /(stance: says)\n\s+points: \[[^\]]*\]/, '$1'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /comparison\.yaml → topics\[\d+\]\.sides\.[a-z-]+\.points \(id "[a-z0-9-]+"\): stance "says" needs the ids of the points/,
    );
  });

  it('fails on a readout point that no topic cites, naming the readout file and the point', () => {
    const { status, output } = buildBroken('uncited-point', (dir) =>
      edit(`${dir}/readouts/kremlin.yaml`, /\n*$/, '\n  - id: kr-99\n    text: "Een punt dat de vergelijking vergeet."\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/readouts\/kremlin\.yaml → points\[\d+\] \(id "kr-99"\): cited by no comparison topic/);
  });

  it('fails on a summary sentence without paragraphs, naming the file and the field', () => {
    const { status, output } = buildBroken('summary-no-paragraphs', (dir) =>
      edit(takeawayFile(dir, 2), /\n    paragraphs: \[[^\]]*\]/, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('takeaways/2-poetin-wil-oekraine-militair-verder-verzwakken.mdx');
    expect(output).toMatch(/summary\W+0\W+paragraphs/);
  });

  it('fails on a summary paragraph that does not exist, naming the file and the sentence', () => {
    const { status, output } = buildBroken('summary-paragraph', (dir) =>
      edit(takeawayFile(dir, 4), /paragraphs: \[[^\]]*\]/, 'paragraphs: [9]'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /takeaways\/4-oekraine-hoeft-geen-hindernis-te-zijn-voor-goede-relaties\.mdx → summary\[0\]\.paragraphs: paragraph 9 does not exist/,
    );
  });

  it('fails on a short summary paragraph that does not exist, naming the file and the sentence', () => {
    const { status, output } = buildBroken('short-summary-paragraph', (dir) =>
      edit(takeawayFile(dir, 2), /(shortSummary:\n.*\n\s+)paragraphs: \[[^\]]*\]/, '$1paragraphs: [1, 7]'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /takeaways\/2-poetin-wil-oekraine-militair-verder-verzwakken\.mdx → shortSummary\[0\]\.paragraphs: paragraph 7 does not exist: this takeaway’s text has 2 paragraphs/,
    );
  });

  it('fails on a note with an unknown source, naming the file and the topic', () => {
    const { status, output } = buildBroken('note-source', (dir) => edit(`${dir}/comparison.yaml`, 'sources: [', 'sources: [na-99, '));
    expect(status).not.toBe(0);
    expect(output).toMatch(/comparison\.yaml → topics\[\d+\]\.note\.sources \(id "[a-z0-9-]+"\): unknown source "na-99"/);
  });

  it('fails on a note citing a paragraph that does not exist', () => {
    const { status, output } = buildBroken('note-paragraph', (dir) =>
      edit(`${dir}/comparison.yaml`, 'sources: [', 'sources: [alinea-3-9, '),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/note\.sources \(id "[a-z0-9-]+"\): paragraph "alinea-3-9" does not exist: takeaway 3 has \d+ paragraphs/);
  });

  it('fails on a YAML error in context.yaml instead of loading no facts', () => {
    const { status, output } = buildBroken('context-yaml', (dir) => edit(`${dir}/context.yaml`, /facts:\n/, 'facts:\n  - id: [unclosed\n'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/context\.yaml → \(yaml\)/);
  });

  it('fails when a takeaway is missing', () => {
    const { status, output } = buildBroken('four', (dir) => rmSync(takeawayFile(dir, 3)));
    expect(status).not.toBe(0);
    expect(output).toContain('expected exactly 5 takeaways, found 4');
  });
});
