/**
 * Zod schemas for everything in `content/`. Strict objects: an unknown field is an error,
 * so a typo in a field name fails the build instead of silently dropping data.
 * Checks that need more than one entry (unique numbers, quotes found in the text,
 * comparison rows pointing at real takeaways) live in `validate.ts`.
 */
import { z } from 'astro/zod';

/** Lowercase ASCII words joined by hyphens: safe in URLs and HTML ids. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (e.g. "poetin-wil-verder-vechten")');

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** Readout ids are the file names in `content/readouts/` (e.g. `kremlin`, `white-house`). */
export const readoutIdSchema = slugSchema;

export const MAX_SUMMARY_LENGTH = 280;
export const TAKEAWAY_COUNT = 5;

/** One key quote: a sentence or phrase from the takeaway's own text, verbatim. */
export const quoteSchema = z.strictObject({
  /** Stable id; the quote's anchor is `#citaat-<id>`. Unique across the whole article. */
  id: slugSchema,
  /** The exact words from the takeaway's body (same typographic quotes; whitespace may differ). */
  text: nonEmpty('quote text'),
  /** When the article itself quotes a readout here: which one (a readout id). */
  cites: readoutIdSchema.optional(),
});

/** Frontmatter of `content/takeaways/*.mdx`. The body is the takeaway's paragraphs, verbatim. */
export const takeawaySchema = z.strictObject({
  /** Position in the article, 1–5. */
  number: z.number().int().min(1).max(TAKEAWAY_COUNT),
  /** The article's heading for this takeaway, without its number, verbatim. */
  title: nonEmpty('title'),
  /** URL slug: `/conclusies/<slug>/` and the section id on `/`. Published: do not change. */
  slug: slugSchema,
  /** Ours, not the article's: one or two Dutch sentences that state the takeaway's claim. */
  summary: nonEmpty('summary').max(MAX_SUMMARY_LENGTH, `summary must be at most ${MAX_SUMMARY_LENGTH} characters`),
  /** Two or three key quotes from this takeaway's text. */
  quotes: z.array(quoteSchema).min(2, 'give at least 2 quotes').max(3, 'give at most 3 quotes'),
});

/**
 * Frontmatter of `content/article.mdx`: the source article's metadata plus our site title.
 * The file's body is the article's lede, verbatim (read by `loadArticle`).
 */
export const articleSchema = z.strictObject({
  /** Ours: short site name for the header and page titles. */
  siteName: nonEmpty('siteName'),
  /** Ours: the title above the whole analysis. */
  siteTitle: nonEmpty('siteTitle'),
  /** Ours: one sentence describing the site (meta description of `/`, at most 160 characters). */
  siteDescription: nonEmpty('siteDescription').max(160),
  /** Date of the phone call the article analyses. */
  callDate: z.coerce.date(),
  source: z.strictObject({
    /** The publication, e.g. Knack. */
    publication: nonEmpty('publication'),
    /** Publication month, YYYY-MM (the exact day is not known). */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM'),
    /** The original's headline as far as known. */
    headline: nonEmpty('headline'),
    /** Web address of the original article. */
    url: z.url(),
    /** Byline; null when unknown. Never guess. */
    author: z.string().min(1).nullable(),
  }),
});

/** `content/readouts/<id>.yaml`: one government's official account of the call. */
export const readoutSchema = z.strictObject({
  /** Short Dutch label used as column heading, e.g. "Kremlin", "Witte Huis". */
  label: nonEmpty('label'),
  /** The readout's own title, in its language. */
  title: nonEmpty('title'),
  /** Who published it. */
  publisher: nonEmpty('publisher'),
  /** Publication date. */
  date: z.coerce.date(),
  /** Web address of the readout. */
  url: z.url(),
  /** False when the address was not checked against a primary copy. */
  urlConfirmed: z.boolean(),
  /** BCP 47 language of the text at `url`. */
  language: nonEmpty('language'),
  /** Column position in every comparison (1 = left). Unique. */
  order: z.number().int().min(1),
});

export const STANCES = ['says', 'silent', 'differs'] as const;

/** What one readout says (or does not say) on one topic. */
export const comparisonCellSchema = z.strictObject({
  /** says: mentions it; silent: does not mention it; differs: mentions it, but unlike the other readout. */
  stance: z.enum(STANCES, { error: `stance must be one of: ${STANCES.join(', ')}` }),
  /** Our Dutch paraphrase (never the readout's words, except `phrase`). */
  text: nonEmpty('text').max(220),
  /** Optional very short verbatim phrase from the readout, shown with a link to it. */
  phrase: z.string().trim().min(1).max(60).optional(),
});

/** One row of `content/comparison.yaml`. */
export const comparisonTopicSchema = z.strictObject({
  /** Stable id; anchor `#onderwerp-<id>`. Unique. */
  id: slugSchema,
  /** Short Dutch label of the topic. */
  label: nonEmpty('label').max(60),
  /** Slugs of the takeaways this topic belongs to; empty: "broader context". */
  takeaways: z.array(slugSchema),
  /** One cell per readout, keyed by readout id; every readout must be present. */
  sides: z.record(readoutIdSchema, comparisonCellSchema),
  /** Optional Dutch context (what the article says, what followed the call). */
  note: z.string().trim().min(1).max(240).optional(),
});

export const comparisonFileSchema = z.strictObject({
  topics: z.array(z.unknown()).min(1, 'list at least one topic'),
});

export type Quote = z.infer<typeof quoteSchema>;
export type TakeawayData = z.infer<typeof takeawaySchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type ReadoutData = z.infer<typeof readoutSchema>;
export type ComparisonCell = z.infer<typeof comparisonCellSchema>;
export type ComparisonTopic = z.infer<typeof comparisonTopicSchema>;
export type Stance = (typeof STANCES)[number];
