import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { OG_COLORS, OG_HEIGHT, OG_WIDTH, ogImageTexts, renderOgImage, titleFontSize } from './og-image.ts';

/** A decoded PNG: `data` is RGBA, 4 bytes per pixel, row by row. */
type Image = ReturnType<typeof PNG.sync.read>;

const hex = (color: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];

/** Share of pixels that differ from `color` by more than a little (anti-aliasing counts as ink). */
function shareNotColor({ data: pixels }: Image, color: string): number {
  const [r, g, b] = hex(color);
  let differ = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const distance = Math.abs(pixels[i]! - r) + Math.abs(pixels[i + 1]! - g) + Math.abs(pixels[i + 2]! - b);
    if (distance > 24) differ += 1;
  }
  return differ / (pixels.length / 4);
}

/** Whether any pixel in the rectangle is close to `color`. */
function hasColorIn({ data: pixels, width }: Image, color: string, box: { x: number; y: number; w: number; h: number }): boolean {
  const [r, g, b] = hex(color);
  for (let y = box.y; y < box.y + box.h; y += 1) {
    for (let x = box.x; x < box.x + box.w; x += 1) {
      const i = (y * width + x) * 4;
      if (Math.abs(pixels[i]! - r) + Math.abs(pixels[i + 1]! - g) + Math.abs(pixels[i + 2]! - b) <= 12) return true;
    }
  }
  return false;
}

const TAKEAWAY = {
  siteName: 'Briefing Trump–Poetin',
  eyebrow: 'Conclusie 2 van 5',
  title: 'Poetin wil Oekraïne militair verder verzwakken',
  footer: 'Knack, maart 2025 · gesprek Trump–Poetin van 18 maart 2025',
};

describe('renderOgImage', () => {
  it('returns a PNG of 1200×630', async () => {
    const image = PNG.sync.read(await renderOgImage(TAKEAWAY));
    expect([image.width, image.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
  });

  it('draws text on the paper background: not blank, not flooded', async () => {
    const image = PNG.sync.read(await renderOgImage(TAKEAWAY));
    // The corner is paper.
    expect(hasColorIn(image, OG_COLORS.paper, { x: 0, y: 0, w: 4, h: 4 })).toBe(true);
    // Text covers a real part of the card, but the card is mostly paper.
    const ink = shareNotColor(image, OG_COLORS.paper);
    expect(ink).toBeGreaterThan(0.03);
    expect(ink).toBeLessThan(0.5);
  });

  it('draws the two accent bars in the Kremlin and White House colours', async () => {
    const image = PNG.sync.read(await renderOgImage(TAKEAWAY));
    const top = { x: 0, y: 0, w: 400, h: 120 };
    expect(hasColorIn(image, OG_COLORS.kremlin, top)).toBe(true);
    expect(hasColorIn(image, OG_COLORS.whiteHouse, top)).toBe(true);
  });

  it('renders the title: a different title gives different pixels; the same input the same bytes', async () => {
    const a = await renderOgImage(TAKEAWAY);
    const again = await renderOgImage(TAKEAWAY);
    const b = await renderOgImage({ ...TAKEAWAY, title: 'Trump wil zich liever niet met Oekraïne bezighouden' });
    expect(a.equals(again)).toBe(true);
    expect(a.equals(b)).toBe(false);
    const pa = PNG.sync.read(a).data;
    const pb = PNG.sync.read(b).data;
    let changed = 0;
    for (let i = 0; i < pa.length; i += 4) if (pa[i] !== pb[i] || pa[i + 1] !== pb[i + 1] || pa[i + 2] !== pb[i + 2]) changed += 1;
    expect(changed / (pa.length / 4)).toBeGreaterThan(0.01);
  });

  it('has glyphs for Dutch diacritics, typographic quotes and dashes (no missing-glyph boxes)', async () => {
    // A character the font lacks is drawn as its "missing glyph" box, the same for every such
    // character: Cyrillic stands in for one here, since the font is the Latin subset.
    const missing = await renderOgImage({ ...TAKEAWAY, title: 'Ж'.repeat(8) });
    const blank = PNG.sync.read(await renderOgImage({ ...TAKEAWAY, title: ' ' }));
    for (const character of ['ï', 'ë', '‘', '’', '–', '·']) {
      const png = await renderOgImage({ ...TAKEAWAY, title: character.repeat(8) });
      expect(png.equals(missing), `${character} is drawn with its own glyph`).toBe(false);
      expect(shareNotColor(PNG.sync.read(png), OG_COLORS.paper), `${character} adds ink`).toBeGreaterThan(
        shareNotColor(blank, OG_COLORS.paper),
      );
    }
  });
});

describe('titleFontSize', () => {
  it('shrinks long titles', () => {
    expect(titleFontSize('Poetin wil verder vechten')).toBeGreaterThan(
      titleFontSize('Trump heeft Oekraïne en Europa (nog) niet voor de bus gegooid'),
    );
    expect(titleFontSize('x'.repeat(100))).toBeLessThan(titleFontSize('x'.repeat(60)));
  });
});

describe('ogImageTexts', () => {
  const texts = ogImageTexts({
    siteName: 'Briefing Trump–Poetin',
    siteTitle: 'Onze briefing',
    callDate: new Date('2025-03-18'),
    source: { publication: 'Knack', month: '2025-03' },
    takeaways: [1, 2, 3, 4, 5].map((number) => ({ number, title: `Titel ${number}`, slug: `conclusie-${number}` })),
  });

  it('gives the site a card and each takeaway its own', () => {
    expect(texts.map((t) => t.name)).toEqual(['site', 'conclusie-1', 'conclusie-2', 'conclusie-3', 'conclusie-4', 'conclusie-5']);
    expect(texts[2]?.text.eyebrow).toBe('Conclusie 2 van 5');
  });

  it('names Knack, and the month, on every card', () => {
    for (const { name, text } of texts) expect(text.footer, name).toMatch(/^Knack, maart 2025 · /);
    expect(texts[0]?.text.eyebrow).toBe('Briefing bij een analyse van Knack');
  });
});
