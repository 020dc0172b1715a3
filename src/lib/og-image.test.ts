import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  OG_COLORS,
  OG_HEIGHT,
  OG_WIDTH,
  QUOTE_CARD_MAX_LENGTH,
  labelFontSize,
  ogImageTexts,
  quoteCardAlt,
  quoteCardText,
  quoteFontSize,
  readoutCardColor,
  renderOgImage,
  renderQuoteCard,
  renderTopicCard,
  titleFontSize,
  topicCardAlt,
  topicCardSides,
  topicCardText,
} from './og-image.ts';

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

describe('quote cards', () => {
  const source = {
    siteName: 'Briefing Trump–Poetin',
    source: { publication: 'Knack', month: '2025-03' },
    takeawayNumber: 5,
    takeawayCount: 5,
  };
  const quote = 'Poetin heeft geen haast, en dus heeft Rusland geen haast.';

  it('sets the quote between quotation marks, with “Knack, maart 2025 · conclusie N van 5” and the site’s name', () => {
    expect(quoteCardText({ ...source, quote })).toEqual({
      siteName: 'Briefing Trump–Poetin',
      quote: `“${quote}”`,
      source: 'Knack, maart 2025 · conclusie 5 van 5',
    });
  });

  it('shortens a quote too long for the card at a word boundary, with an ellipsis, never mid-word', () => {
    const words = Array.from({ length: 60 }, (_, i) => `woord${i}`);
    const long = `${words.join(' ')}.`;
    expect(long.length).toBeGreaterThan(QUOTE_CARD_MAX_LENGTH);
    const { quote: onCard } = quoteCardText({ ...source, quote: long });
    expect(onCard.startsWith('“woord0 woord1 ')).toBe(true);
    expect(onCard.endsWith('…”')).toBe(true);
    const kept = onCard.slice(1, -2).split(' ');
    expect(kept).toEqual(words.slice(0, kept.length));
    expect([...onCard.slice(1, -1)].length).toBeLessThanOrEqual(QUOTE_CARD_MAX_LENGTH);
    // A quote that fits is never shortened.
    expect(quoteCardText({ ...source, quote: long.slice(0, QUOTE_CARD_MAX_LENGTH) }).quote).not.toContain('…');
  });

  it('gives the whole quote, whose words and where from, in the alt text', () => {
    expect(quoteCardAlt({ ...source, quote })).toBe(`Citaat uit Knack, conclusie 5 van 5: “${quote}”`);
  });

  it('sets short quotes larger', () => {
    expect(quoteFontSize(quote)).toBeGreaterThan(quoteFontSize('x'.repeat(190)));
  });

  it('draws a 1200×630 PNG, and a different quote differently', async () => {
    const a = await renderQuoteCard(quoteCardText({ ...source, quote }));
    const b = await renderQuoteCard(quoteCardText({ ...source, quote: 'Trump wil zo snel mogelijk van de oorlog af.' }));
    const image = PNG.sync.read(a);
    expect([image.width, image.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect(a.equals(b)).toBe(false);
    expect(hasColorIn(image, OG_COLORS.paper, { x: 0, y: 0, w: 4, h: 4 })).toBe(true);
  });
});

describe('topic cards', () => {
  const readouts = [
    { id: 'kremlin', label: 'Kremlin' },
    { id: 'white-house', label: 'Witte Huis' },
  ];
  const sides = topicCardSides({ 'white-house': { stance: 'silent' }, kremlin: { stance: 'says' } }, readouts);
  const input = { siteName: 'Briefing Trump–Poetin', callDate: new Date('2025-03-18'), source: { publication: 'Knack', month: '2025-03' } };

  it('puts the sides in column order, each with its stance and colour', () => {
    expect(sides).toEqual([
      { label: 'Kremlin', stance: 'says', color: OG_COLORS.kremlin },
      { label: 'Witte Huis', stance: 'silent', color: OG_COLORS.whiteHouse },
    ]);
    expect(readoutCardColor('elders')).toBe(OG_COLORS.ink);
  });

  it('says on the card that the cells are the editors’ summary, and names the article', () => {
    const text = topicCardText({ ...input, label: 'Koersk', sides });
    expect(text.label).toBe('Koersk');
    expect(text.footer).toBe('Samenvatting van de redactie · bij de analyse van Knack, maart 2025');
    expect(text.eyebrow).toContain('18 maart 2025');
  });

  it('says each stance in words in the alt text', () => {
    expect(topicCardAlt({ label: 'Koersk', sides })).toBe(
      'Onderwerp ‘Koersk’ in de verslagen van het gesprek. Kremlin: vermeldt het; Witte Huis: zwijgt erover. Samenvatting van de redactie.',
    );
  });

  it('sets long labels smaller', () => {
    expect(labelFontSize('Koersk')).toBeGreaterThan(labelFontSize('Oorzaken van de crisis en Russische veiligheidsbelangen'));
  });

  it('draws a 1200×630 PNG with both readouts’ colours, and each stance as a shape: another stance, other pixels', async () => {
    const says = PNG.sync.read(await renderTopicCard(topicCardText({ ...input, label: 'Koersk', sides })));
    expect([says.width, says.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect(hasColorIn(says, OG_COLORS.kremlin, { x: 0, y: 250, w: 1200, h: 200 })).toBe(true);
    expect(hasColorIn(says, OG_COLORS.whiteHouse, { x: 0, y: 250, w: 1200, h: 200 })).toBe(true);
    // The same words but one stance changed: the shape (and word) in that column differ.
    const differs = PNG.sync.read(
      await renderTopicCard(topicCardText({ ...input, label: 'Koersk', sides: [{ ...sides[0]!, stance: 'differs' }, sides[1]!] })),
    );
    let changedLeft = 0;
    let changedRight = 0;
    for (let i = 0; i < says.data.length; i += 4) {
      if (says.data[i] === differs.data[i]) continue;
      if ((i / 4) % OG_WIDTH < OG_WIDTH / 2) changedLeft += 1;
      else changedRight += 1;
    }
    expect(changedLeft).toBeGreaterThan(100);
    expect(changedRight).toBe(0);
  });
});
