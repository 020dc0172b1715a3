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
import satori, { type Font } from 'satori';
import regularFont from '../assets/fonts/source-serif-4-latin-400-normal.woff?inline';
import semiboldFont from '../assets/fonts/source-serif-4-latin-600-normal.woff?inline';
import { dutchDate, dutchMonth } from './text.ts';
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

/** Renders one 1200×630 Open Graph card as a PNG. Same input, same bytes. */
export async function renderOgImage(text: OgImageText): Promise<Buffer> {
  const svg = await satori(ogImageTree(text), { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
    background: OG_COLORS.paper,
  })
    .render()
    .asPng();
  return Buffer.from(png);
}
