/**
 * One source for each hedge: the likely headline's note, a readout address's caveat and the mark
 * of a translation by others come from content/ (through `hedgesOf`), and the places built from
 * pure functions here, JSON-LD and the Open Graph cards, never show the text without them. The
 * pages and their print view are checked on the built site by scripts/hedge-check.ts
 * (`npm run check:links`).
 */
import { describe, expect, it } from 'vitest';
import { articleMeta, readouts, takeaways } from '../../tests/content.ts';
import { asSentence, hedgesOf, TRANSLATION_MARK, translationMark, unhedgedInJsonLd, unhedgedInText } from './hedges.ts';
import { ogImageTexts } from './og-image.ts';
import { summaryText } from './schemas.ts';
import { analysisJsonLd, takeawayJsonLd, type StructuredDataInput } from './structured-data.ts';

const META = articleMeta();
const READOUTS = readouts();
const HEDGES = hedgesOf({ source: META.source, readouts: READOUTS });

/** The JSON-LD input, from content/ as the pages build it (structuredDataInput). */
function jsonLdInput(meta = META): StructuredDataInput {
  return {
    site: 'https://briefing.example/',
    siteName: meta.siteName,
    siteTitle: meta.siteTitle,
    siteDescription: meta.siteDescription,
    callDate: meta.callDate,
    source: meta.source,
    readouts: READOUTS.map((r) => ({ ...r })),
    takeaways: takeaways().map((t) => ({ number: t.number, title: t.title, slug: t.slug, summary: summaryText(t.summary) })),
  };
}

const everyJsonLd = (input: StructuredDataInput) => [analysisJsonLd(input), ...input.takeaways.map((t) => takeawayJsonLd(input, t.slug))];

describe('hedgesOf (content/)', () => {
  it('holds the headline with its note, each unconfirmed address with its caveat, the translated English with its mark', () => {
    expect(HEDGES).toContainEqual({ what: 'Knack’s likely headline', text: META.source.headline, hedge: META.source.headlineNote });
    for (const readout of READOUTS) {
      if (readout.urlCaveat)
        expect(HEDGES).toContainEqual(expect.objectContaining({ text: readout.url, href: true, hedge: readout.urlCaveat }));
      const mark = translationMark(readout.phraseSource);
      const english = [readout.title, ...readout.points.flatMap((p) => p.phrases ?? [])];
      for (const text of english) {
        expect(
          HEDGES.some((h) => h.text === text && h.hedge === TRANSLATION_MARK),
          `${readout.label}: “${text}”`,
        ).toBe(mark !== undefined);
      }
    }
  });
});

describe('JSON-LD built from content/', () => {
  it('shows the headline, the readouts’ addresses and titles only with their hedges', () => {
    for (const data of everyJsonLd(jsonLdInput())) expect(unhedgedInJsonLd(data, HEDGES), String(data['@id'])).toEqual([]);
  });

  it('does show them: the headline with its note, the translated title with its mark; an unconfirmed address is left out', () => {
    const data = analysisJsonLd(jsonLdInput());
    expect(data.isBasedOn).toMatchObject({
      headline: META.source.headline,
      disambiguatingDescription: asSentence(META.source.headlineNote),
    });
    const json = JSON.stringify(data);
    for (const readout of READOUTS) expect(json.includes(readout.url), readout.label).toBe(!readout.urlCaveat);
  });

  it('fails on a copy that drops a hedge', () => {
    const data = analysisJsonLd(jsonLdInput()) as { isBasedOn: Record<string, unknown>; citation: Record<string, unknown>[] };
    delete data.isBasedOn.disambiguatingDescription;
    const kremlin = READOUTS.find((r) => r.urlCaveat && r.phraseSource === 'translation')!;
    data.citation[0] = { ...data.citation[0], url: kremlin.url };
    expect(unhedgedInJsonLd(data, HEDGES).map((p) => `${p.path}: ${p.what}`)).toEqual([
      '$.isBasedOn: Knack’s likely headline',
      `$.citation[0]: the ${kremlin.label} readout’s address`,
    ]);
  });
});

describe('Open Graph cards built from content/', () => {
  it('show no hedged text without its hedge', () => {
    const cards = ogImageTexts({ ...META, takeaways: takeaways() });
    for (const { name, text } of cards) expect(unhedgedInText(Object.values(text).join(' · '), HEDGES), name).toEqual([]);
  });

  it('would fail on a card that names the headline without its note', () => {
    expect(unhedgedInText(`Knack: ${META.source.headline}`, HEDGES)).toEqual(['Knack’s likely headline']);
    expect(unhedgedInText(`Knack: ${META.source.headline} (${META.source.headlineNote})`, HEDGES)).toEqual([]);
  });
});
