/**
 * The hedges that must travel with a text wherever the site shows it, each from one content field:
 *
 * - Knack's headline is only the likely one (`source.headlineNote` in content/article.mdx);
 * - a readout's address is not confirmed (`urlCaveat` in content/readouts/<id>.yaml);
 * - the Kremlin's English, its title and its phrases, is a translation by others (`phraseSource:
 *   translation`).
 *
 * Every place that shows one of these texts takes its hedge from here: the components
 * (`KnackHeadline`, `ReadoutLink`, `Phrase`, `PointList`), the JSON-LD (`structured-data.ts`) and
 * the built-site check (`scripts/hedge-check.ts`, run by `npm run check:links`), which fails on a
 * page, print view, meta tag or JSON-LD block that shows the text without its hedge.
 */

/** Said beside every English phrase or title that is a translation by others. */
export const TRANSLATION_MARK = 'Engelse vertaling door derden';

/** What a readout says about whose English it is: `readout` (its own words) or `translation`. */
export type PhraseSource = 'readout' | 'translation';

/** The mark beside a readout's English (its title and phrases), or undefined for its own words. */
export const translationMark = (phraseSource: PhraseSource): string | undefined =>
  phraseSource === 'translation' ? TRANSLATION_MARK : undefined;

/** "waarschijnlijke kop, …" → "Waarschijnlijke kop, ….": a note as a sentence of its own (JSON-LD). */
export function asSentence(note: string): string {
  const trimmed = note.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase('nl') + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** One text the site shows, and the hedge that must stand with it wherever it is shown. */
export interface Hedge {
  /** What this is, for error messages: "Knack’s likely headline", "the Kremlin readout’s address". */
  what: string;
  /** The text as shown (a headline, a title, an English phrase) or, with `href`, an address. */
  text: string;
  /** `text` is an address: it shows where a link points at it (href), a printed URL, or JSON-LD. */
  href?: boolean;
  /** The hedge, as the content gives it: it must stand in the same block, tag or JSON-LD object. */
  hedge: string;
}

interface HedgeSource {
  source: { headline: string; headlineNote: string };
  readouts: readonly {
    label: string;
    title: string;
    url: string;
    urlCaveat?: string | undefined;
    phraseSource: PhraseSource;
    points: readonly { phrases?: readonly string[] | undefined }[];
  }[];
}

/** Every text of the content that carries a hedge, with that hedge. */
export function hedgesOf({ source, readouts }: HedgeSource): Hedge[] {
  const hedges: Hedge[] = [{ what: 'Knack’s likely headline', text: source.headline, hedge: source.headlineNote }];
  for (const readout of readouts) {
    if (readout.urlCaveat)
      hedges.push({ what: `the ${readout.label} readout’s address`, text: readout.url, href: true, hedge: readout.urlCaveat });
    const mark = translationMark(readout.phraseSource);
    if (!mark) continue;
    hedges.push({ what: `the ${readout.label} readout’s English title`, text: readout.title, hedge: mark });
    for (const phrase of new Set(readout.points.flatMap((p) => p.phrases ?? []))) {
      hedges.push({ what: `the ${readout.label} readout’s phrase “${phrase}”`, text: phrase, hedge: mark });
    }
  }
  return hedges;
}

/** Whitespace collapsed, lower case: a hedge may begin a sentence in one place and not in another. */
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');

/** Where a JSON-LD value shows a hedged text without its hedge (JSON path, what). */
export function unhedgedInJsonLd(data: unknown, hedges: readonly Hedge[], at = '$'): { path: string; what: string }[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => unhedgedInJsonLd(item, hedges, `${at}[${index}]`));
  if (data === null || typeof data !== 'object') return [];
  const entries = Object.entries(data);
  const strings = entries.flatMap(([, value]) => (typeof value === 'string' ? [normalize(value)] : []));
  const problems: { path: string; what: string }[] = [];
  for (const hedge of hedges) {
    const shown = strings.some((value) => value.includes(normalize(hedge.text)));
    const hedged = strings.some((value) => value.includes(normalize(hedge.hedge)));
    if (shown && !hedged) problems.push({ path: at, what: hedge.what });
  }
  return [...problems, ...entries.flatMap(([key, value]) => unhedgedInJsonLd(value, hedges, `${at}.${key}`))];
}

/** Which hedged texts a plain text (a meta tag, an Open Graph card) shows without its hedge. */
export function unhedgedInText(text: string, hedges: readonly Hedge[]): string[] {
  const clean = normalize(text);
  return hedges.filter((h) => clean.includes(normalize(h.text)) && !clean.includes(normalize(h.hedge))).map((h) => h.what);
}
