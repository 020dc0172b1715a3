/**
 * Open Graph images (the picture chat apps and social networks show with a shared link),
 * rendered at build time: a layout tree → SVG with satori → PNG with resvg.
 *
 * The font is Source Serif 4 (SIL Open Font License 1.1, see `src/assets/fonts/OFL.txt`), the
 * Latin subset as WOFF from the `@fontsource/source-serif-4` package, copied into the repo:
 * satori reads TTF, OTF and WOFF, not WOFF2. The files are imported with `?inline`, so the
 * bundler puts them into the build itself and nothing is read from disk or network at render time.
 */
import { Resvg } from '@resvg/resvg-js';
import resvgPackage from '@resvg/resvg-js/package.json';
import satori, { type Font } from 'satori';
import satoriPackage from 'satori/package.json';
import regularFont from '../assets/fonts/source-serif-4-latin-400-normal.woff?inline';
import semiboldFont from '../assets/fonts/source-serif-4-latin-600-normal.woff?inline';
import { cacheKey, cachedFile } from './card-cache.ts';
import { stanceLabels } from './comparison.ts';
import type { Stance } from './schemas.ts';
import { dutchDate, dutchMonth, shortenAtWord } from './text.ts';
import { SITE_OG_IMAGE_NAME } from './urls.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The site's light-theme tokens (src/styles/global.css). */
export const OG_COLORS = {
  paper: '#fdfcf9',
  ink: '#1c1b19',
  inkMuted: '#55524b',
  rule: '#d8d3c8',
  kremlin: '#8f2f1e',
  whiteHouse: '#1f4e79',
} as const;

/** A type, not an interface, so that it can be a static route's props (an index-signature record). */
export type OgImageText = {
  /** Small, at the top: the site's name. */
  siteName: string;
  /** Above the title, e.g. "Conclusie 2 van 5". */
  eyebrow: string;
  /** Large: the takeaway's or the site's title. */
  title: string;
  /** At the bottom: where the text comes from. */
  footer: string;
};

/** What the cards are drawn from: the article's metadata and the takeaways, in order. */
export interface OgImageSource {
  siteName: string;
  siteTitle: string;
  callDate: Date;
  source: { publication: string; month: string };
  takeaways: readonly { number: number; title: string; slug: string }[];
}

/**
 * The text of every card: the site's (`/og/site.png`) and one per takeaway (`/og/<slug>.png`).
 * Every card names the publication whose article this is, in its footer ("Knack, maart 2025 ·
 * …"), and the site's card says in its eyebrow that this is a briefing of that article.
 */
export function ogImageTexts(input: OgImageSource): { name: string; text: OgImageText }[] {
  const { publication, month } = input.source;
  const footer = `${publication}, ${dutchMonth(month)} · gesprek Trump–Poetin van ${dutchDate(input.callDate)}`;
  return [
    {
      name: SITE_OG_IMAGE_NAME,
      text: { siteName: input.siteName, eyebrow: `Briefing bij een analyse van ${publication}`, title: input.siteTitle, footer },
    },
    ...input.takeaways.map((takeaway) => ({
      name: takeaway.slug,
      text: {
        siteName: input.siteName,
        eyebrow: `Conclusie ${takeaway.number} van ${input.takeaways.length}`,
        title: takeaway.title,
        footer,
      },
    })),
  ];
}

const FONT_FAMILY = 'Source Serif 4';

function fontData(dataUrl: string): Buffer {
  const comma = dataUrl.indexOf(',');
  return Buffer.from(dataUrl.slice(comma + 1), 'base64');
}

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  fonts ??= [
    { name: FONT_FAMILY, data: fontData(regularFont), weight: 400, style: 'normal' },
    { name: FONT_FAMILY, data: fontData(semiboldFont), weight: 600, style: 'normal' },
  ];
  return fonts;
}

/** A satori element: the shape of a React element, without React. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | Node | Node[] };
}

const el = (type: string, style: Record<string, string | number>, children?: string | Node | Node[]): Node => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Long titles get a smaller size so that they fit in at most four lines. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 72;
  if (length <= 75) return 62;
  return 52;
}

/** The card as a layout tree (exported for tests and for tweaking the design). */
function ogImageTree({ siteName, eyebrow, title, footer }: OgImageText): Node {
  const bar = (color: string) => el('div', { width: 72, height: 6, backgroundColor: color });
  return el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px 56px',
      backgroundColor: OG_COLORS.paper,
      color: OG_COLORS.ink,
      fontFamily: FONT_FAMILY,
    },
    [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        // The two readouts' colours, in column order: Kremlin, White House.
        el('div', { display: 'flex', gap: 8 }, [bar(OG_COLORS.kremlin), bar(OG_COLORS.whiteHouse)]),
        el('div', { marginTop: 22, fontSize: 26, fontWeight: 600, color: OG_COLORS.inkMuted, letterSpacing: 0.5 }, siteName),
      ]),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 30, fontWeight: 600, color: OG_COLORS.kremlin }, eyebrow),
        el(
          'div',
          {
            marginTop: 16,
            fontSize: titleFontSize(title),
            fontWeight: 600,
            lineHeight: 1.12,
            letterSpacing: -0.5,
            textWrap: 'balance',
            lineClamp: 4,
          },
          title,
        ),
      ]),
      el(
        'div',
        {
          display: 'flex',
          paddingTop: 20,
          borderTop: `2px solid ${OG_COLORS.rule}`,
          fontSize: 24,
          fontWeight: 400,
          color: OG_COLORS.inkMuted,
        },
        footer,
      ),
    ],
  );
}

/**
 * Where drawn cards are kept between builds, by the hash of everything that decides their pixels
 * (`OG_CACHE_DIR`; empty turns the cache off). In node_modules/.cache, like other tools' caches:
 * never committed, and gone with a fresh `npm ci`.
 */
const CACHE_DIR = process.env.OG_CACHE_DIR ?? 'node_modules/.cache/og-cards';

/**
 * Draws a layout tree as a 1200×630 PNG: satori lays it out as SVG, resvg rasterises it. The key
 * of the cache is the tree itself (every text, size and colour), the font files and the two
 * renderers' versions, so a change to any of them draws the card anew.
 */
async function renderCard(tree: Node): Promise<Buffer> {
  const fontData = loadFonts().map((font) => font.data as Buffer);
  const key = cacheKey([JSON.stringify(tree), ...fontData, `satori ${satoriPackage.version}`, `resvg ${resvgPackage.version}`]);
  return cachedFile(CACHE_DIR || undefined, key, async () => {
    const svg = await satori(tree, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
    const png = new Resvg(svg, {
      fitTo: { mode: 'original' },
      font: { loadSystemFonts: false },
      background: OG_COLORS.paper,
    })
      .render()
      .asPng();
    return Buffer.from(png);
  });
}

/** Renders one 1200×630 Open Graph card as a PNG. Same input, same bytes. */
export function renderOgImage(text: OgImageText): Promise<Buffer> {
  return renderCard(ogImageTree(text));
}

// ---------------------------------------------------------------------------------------------
// Share cards: one per key quote and one per comparison topic (`/og/citaat/<id>.png`,
// `/og/onderwerp/<id>.png`), for the share pages `/citaat/<id>/` and `/onderwerp/<id>/`.

/** A quote longer than this is shortened on its card, at a word boundary, with an ellipsis. */
export const QUOTE_CARD_MAX_LENGTH = 200;

/** The text of a key quote's card. A type, not an interface: it is a static route's props. */
export type QuoteCardText = {
  siteName: string;
  /** The quote, between quotation marks; shortened when longer than QUOTE_CARD_MAX_LENGTH. */
  quote: string;
  /** "Knack, maart 2025 · conclusie 4 van 5". */
  source: string;
};

export interface QuoteCardSource {
  siteName: string;
  source: { publication: string; month: string };
  takeawayNumber: number;
  takeawayCount: number;
  quote: string;
}

/** Whose words and where from, as the quote's card and page say it: "Knack, maart 2025 · conclusie 4 van 5". */
export function quoteSourceLine(input: Omit<QuoteCardSource, 'siteName' | 'quote'>): string {
  return `${input.source.publication}, ${dutchMonth(input.source.month)} · conclusie ${input.takeawayNumber} van ${input.takeawayCount}`;
}

export function quoteCardText(input: QuoteCardSource): QuoteCardText {
  return {
    siteName: input.siteName,
    quote: `“${shortenAtWord(input.quote, QUOTE_CARD_MAX_LENGTH)}”`,
    source: quoteSourceLine(input),
  };
}

/** The card's alt text: whose words, which takeaway, and the whole quote (also when the card shortens it). */
export function quoteCardAlt(input: Omit<QuoteCardSource, 'siteName'>): string {
  return `Citaat uit ${input.source.publication}, conclusie ${input.takeawayNumber} van ${input.takeawayCount}: “${input.quote}”`;
}

/** Shorter quotes are set larger: legible on a chat thumbnail. */
export function quoteFontSize(quote: string): number {
  const length = [...quote].length;
  if (length <= 90) return 62;
  if (length <= 140) return 54;
  return 46;
}

/** The top of every card: the two readouts' colours, in column order, and the site's name. */
function cardHead(siteName: string): Node {
  const bar = (color: string) => el('div', { width: 72, height: 6, backgroundColor: color });
  return el('div', { display: 'flex', flexDirection: 'column' }, [
    el('div', { display: 'flex', gap: 8 }, [bar(OG_COLORS.kremlin), bar(OG_COLORS.whiteHouse)]),
    el('div', { marginTop: 22, fontSize: 26, fontWeight: 600, color: OG_COLORS.inkMuted, letterSpacing: 0.5 }, siteName),
  ]);
}

/** The bottom line of every card, above a rule. */
function cardFoot(text: string): Node {
  return el(
    'div',
    { display: 'flex', paddingTop: 20, borderTop: `2px solid ${OG_COLORS.rule}`, fontSize: 28, fontWeight: 600, color: OG_COLORS.inkMuted },
    text,
  );
}

const cardFrame = (children: Node[]): Node =>
  el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 80px 52px',
      backgroundColor: OG_COLORS.paper,
      color: OG_COLORS.ink,
      fontFamily: FONT_FAMILY,
    },
    children,
  );

function quoteCardTree({ siteName, quote, source }: QuoteCardText): Node {
  return cardFrame([
    cardHead(siteName),
    el(
      'div',
      {
        display: 'flex',
        paddingLeft: 36,
        borderLeft: `8px solid ${OG_COLORS.kremlin}`,
        fontSize: quoteFontSize(quote),
        fontWeight: 400,
        lineHeight: 1.2,
        lineClamp: 6,
      },
      quote,
    ),
    cardFoot(source),
  ]);
}

export function renderQuoteCard(text: QuoteCardText): Promise<Buffer> {
  return renderCard(quoteCardTree(text));
}

/** One readout's side on a topic card. */
export type TopicCardSide = { label: string; stance: Stance; color: string };

/** The text of a comparison topic's card. */
export type TopicCardText = {
  siteName: string;
  /** Above the label: "Onderwerp · gesprek Trump–Poetin van 18 maart 2025". */
  eyebrow: string;
  label: string;
  /** In column order: Kremlin, White House. */
  sides: TopicCardSide[];
  /** "Samenvatting van de redactie · bij de analyse van Knack, maart 2025". */
  footer: string;
};

export interface TopicCardSource {
  siteName: string;
  callDate: Date;
  source: { publication: string; month: string };
  label: string;
  sides: { label: string; stance: Stance; color: string }[];
}

/** A readout's colour on the cards (the site's light-theme token), by readout id. */
export function readoutCardColor(readoutId: string): string {
  if (readoutId === 'kremlin') return OG_COLORS.kremlin;
  if (readoutId === 'white-house') return OG_COLORS.whiteHouse;
  return OG_COLORS.ink;
}

/** A topic's sides for its card and alt text, in column order, from its cells and the readouts. */
export function topicCardSides(
  sides: Readonly<Record<string, { stance: Stance }>>,
  readouts: readonly { id: string; label: string }[],
): TopicCardSide[] {
  return readouts.flatMap((readout) => {
    const cell = sides[readout.id];
    return cell ? [{ label: readout.label, stance: cell.stance, color: readoutCardColor(readout.id) }] : [];
  });
}

export function topicCardText(input: TopicCardSource): TopicCardText {
  return {
    siteName: input.siteName,
    eyebrow: `Wat zeggen de verslagen? · gesprek van ${dutchDate(input.callDate)}`,
    label: input.label,
    sides: input.sides,
    footer: `Samenvatting van de redactie · bij de analyse van ${input.source.publication}, ${dutchMonth(input.source.month)}`,
  };
}

/** The card's alt text: the topic, and per readout its stance in words. */
export function topicCardAlt(input: Pick<TopicCardSource, 'label' | 'sides'>): string {
  const sides = input.sides.map((side) => `${side.label}: ${stanceLabels[side.stance].toLowerCase()}`).join('; ');
  return `Onderwerp ‘${input.label}’ in de verslagen van het gesprek. ${sides}. Samenvatting van de redactie.`;
}

/** Long labels get a smaller size so that they fit in two lines. */
export function labelFontSize(label: string): number {
  const length = [...label].length;
  if (length <= 30) return 66;
  if (length <= 45) return 58;
  return 50;
}

/** The stance as a shape, like the site's: a full dot (says), a half dot (differs), a dashed ring (silent). */
function stanceShape(stance: Stance): Node {
  const size = 44;
  const base = { width: size, height: size, boxSizing: 'border-box', borderRadius: '50%', flexShrink: 0 };
  if (stance === 'says') return el('div', { ...base, backgroundColor: OG_COLORS.ink, border: `4px solid ${OG_COLORS.ink}` });
  if (stance === 'differs')
    return el('div', {
      ...base,
      border: `4px solid ${OG_COLORS.ink}`,
      backgroundImage: `linear-gradient(to right, transparent 50%, ${OG_COLORS.ink} 50%)`,
    });
  return el('div', { ...base, border: `4px dashed ${OG_COLORS.ink}` });
}

function topicSide({ label, stance, color }: TopicCardSide): Node {
  const silent = stance === 'silent';
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      flexGrow: 1,
      flexBasis: 0,
      padding: '18px 26px 24px',
      borderTop: `10px solid ${color}`,
      backgroundColor: silent ? OG_COLORS.paper : '#f4f1ea',
      ...(silent
        ? {
            borderLeft: `3px dashed ${OG_COLORS.rule}`,
            borderRight: `3px dashed ${OG_COLORS.rule}`,
            borderBottom: `3px dashed ${OG_COLORS.rule}`,
          }
        : {}),
    },
    [
      el('div', { fontSize: 34, fontWeight: 600, color }, label),
      el('div', { display: 'flex', alignItems: 'center', gap: 18, marginTop: 14 }, [
        stanceShape(stance),
        el('div', { fontSize: 42, fontWeight: 600, color: OG_COLORS.ink }, stanceLabels[stance]),
      ]),
    ],
  );
}

function topicCardTree({ siteName, eyebrow, label, sides, footer }: TopicCardText): Node {
  return cardFrame([
    cardHead(siteName),
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { fontSize: 28, fontWeight: 600, color: OG_COLORS.inkMuted }, eyebrow),
      el(
        'div',
        { marginTop: 8, fontSize: labelFontSize(label), fontWeight: 600, lineHeight: 1.1, letterSpacing: -0.5, lineClamp: 2 },
        label,
      ),
      el('div', { display: 'flex', gap: 28, marginTop: 26 }, sides.map(topicSide)),
    ]),
    cardFoot(footer),
  ]);
}

export function renderTopicCard(text: TopicCardText): Promise<Buffer> {
  return renderCard(topicCardTree(text));
}
