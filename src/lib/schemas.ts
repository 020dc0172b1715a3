/**
 * Zod schemas for everything in `content/`. Strict objects: an unknown field is an error,
 * so a typo in a field name fails the build instead of silently dropping data.
 * Checks that need more than one entry (unique numbers, comparison rows pointing at real
 * takeaways, each key quote standing in its rendered text) live in `validate.ts`.
 */
import { z } from 'astro/zod';

/** Lowercase ASCII words joined by hyphens: safe in URLs and HTML ids. */
const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (e.g. "poetin-wil-verder-vechten")');

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** Readout ids are the file names in `content/readouts/` (e.g. `kremlin`, `white-house`). */
const readoutIdSchema = slugSchema;

export const MAX_SUMMARY_LENGTH = 280;
/**
 * The short summary's limit: the printed briefing's front page, and the takeaway page's meta
 * description, "Knack, conclusie N van 5: " (26 characters) plus this, which stays within 160.
 */
export const MAX_SHORT_SUMMARY_LENGTH = 130;
export const TAKEAWAY_COUNT = 5;

/** One key quote: a sentence or phrase from the takeaway's own text, verbatim. */
const quoteSchema = z.strictObject({
  /** Stable id; the quote's anchor is `#citaat-<id>`. Unique across the whole article. */
  id: slugSchema,
  /** The exact words from the takeaway's body (same typographic quotes; whitespace may differ). */
  text: nonEmpty('quote text'),
  /** When the article itself quotes a readout here: which one (a readout id). */
  cites: readoutIdSchema.optional(),
});

/** One sentence of a summary and the paragraphs it rests on. */
const summarySentenceSchema = z.strictObject({
  /** Ours: one Dutch sentence. */
  text: nonEmpty('text'),
  /**
   * The paragraphs of this takeaway's body the sentence rests on: numbers from 1 (the body split
   * on blank lines). Rendered as links to `#alinea-<takeaway>-<n>`. At least one.
   */
  paragraphs: z
    .array(z.number().int().min(1, 'paragraph numbers start at 1'), { error: 'list the paragraphs this sentence rests on, e.g. [1, 2]' })
    .min(1, 'list at least one paragraph this sentence rests on'),
});

/** A summary as one text: its sentences joined with spaces (meta descriptions, length limit). */
export const summaryText = (sentences: readonly { text: string }[]): string => sentences.map((s) => s.text.trim()).join(' ');

/** A list of summary sentences, at most `max` characters joined with spaces. */
const sentencesSchema = (what: string, max: number) =>
  z
    .array(summarySentenceSchema)
    .min(1, 'give at least one sentence')
    .refine((sentences) => summaryText(sentences).length <= max, {
      error: `${what} must be at most ${max} characters (its sentences joined with spaces)`,
    });

/** Frontmatter of `content/takeaways/*.mdx`. The body is the takeaway's paragraphs, verbatim. */
export const takeawaySchema = z.strictObject({
  /** Position in the article, 1–5. */
  number: z.number().int().min(1).max(TAKEAWAY_COUNT),
  /** The article's heading for this takeaway, without its number, verbatim. */
  title: nonEmpty('title'),
  /** URL slug: `/conclusies/<slug>/` and the section id on `/`. Published: do not change. */
  slug: slugSchema,
  /**
   * Ours, not the article's: the takeaway's claim in a few Dutch sentences, each with the
   * paragraphs of this takeaway's body it rests on. At most 280 characters, sentences joined by spaces.
   */
  summary: sentencesSchema('summary', MAX_SUMMARY_LENGTH),
  /**
   * Ours: the same claim, shorter, for the printed briefing's front page and the meta description.
   * Same shape and checks as `summary`; at most 130 characters, sentences joined by spaces.
   */
  shortSummary: sentencesSchema('shortSummary', MAX_SHORT_SUMMARY_LENGTH),
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
    /** Who publishes it and holds the rights, e.g. Roularta Media Group. */
    publisher: nonEmpty('publisher'),
    /** Publication month, YYYY-MM (the exact day is not known). */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM'),
    /** The original's headline as far as known. */
    headline: nonEmpty('headline'),
    /** Dutch: how the headline is known (e.g. only from the address); shown beside it on `/`. */
    headlineNote: nonEmpty('headlineNote'),
    /** Dutch sentence(s): whose text it is and that the rights stay with the publisher; shown beside the article text. */
    rights: nonEmpty('rights'),
    /** Web address of the original article. */
    url: z.url(),
    /** Byline; null when unknown. Never guess. */
    author: z.string().min(1).nullable(),
  }),
});

/**
 * Id of a readout point or context fact, as the fact sheet numbers them: `kr-8`, `wh-5`, `na-1`.
 * Unique across both readouts and `content/context.yaml`; anchor `#punt-<id>` on /bronnen/.
 */
const pointIdSchema = z.string().regex(/^[a-z]+-[1-9][0-9]*$/, 'use letters, a hyphen and a number from 1, e.g. "kr-8"');

/** Short English phrases exactly as the fact sheet quotes them. */
const phrasesSchema = z.array(z.string().trim().min(1, 'a phrase must not be empty').max(60));

const PHRASE_SOURCES = ['readout', 'translation'] as const;

/** One point of a readout, in the readout's own order. */
const readoutPointSchema = z.strictObject({
  /** Stable id from the fact sheet (`kr-8`); anchor `#punt-<id>` on /bronnen/. */
  id: pointIdSchema,
  /** Ours: a short Dutch paraphrase. */
  text: nonEmpty('text'),
  /** Optional: short English phrases exactly as the fact sheet quotes them. */
  phrases: phrasesSchema.optional(),
  /** The fact sheet does not confirm this point's position in the readout. */
  orderUncertain: z.boolean().optional(),
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
  /**
   * Present when the address is not confirmed against a primary copy: one Dutch sentence saying
   * so, shown beside the address wherever it is linked (`ReadoutLink.astro`).
   */
  urlCaveat: nonEmpty('urlCaveat').optional(),
  /** BCP 47 language of the text at `url`. */
  language: nonEmpty('language'),
  /**
   * Whose English the quoted `phrases` are: `readout` (the readout's own words) or `translation`
   * (English translations by others; the site says so wherever such a phrase is shown).
   */
  phraseSource: z.enum(PHRASE_SOURCES, { error: `phraseSource must be one of: ${PHRASE_SOURCES.join(', ')}` }),
  /** Column position in every comparison (1 = left). Unique. */
  order: z.number().int().min(1),
  /** The readout's points, in its own order. Every point must be cited by a comparison topic. */
  points: z.array(readoutPointSchema).min(1, 'list the readout’s points'),
});

/** One fact from after the call (`content/context.yaml`): context, not readout text. */
export const contextFactSchema = z.strictObject({
  /** Stable id (`na-1` …); anchor `#punt-<id>` on /bronnen/. */
  id: pointIdSchema,
  /** Ours: a short Dutch paraphrase. */
  text: nonEmpty('text'),
  /** Optional: short English phrases exactly as the fact sheet quotes them. */
  phrases: phrasesSchema.optional(),
});

/** `content/context.yaml`. */
export const contextFileSchema = z.strictObject({
  facts: z.array(z.unknown(), { error: 'list the facts under `facts:`' }).min(1, 'list at least one fact'),
});

const STANCES = ['says', 'silent', 'differs'] as const;

/** What one readout says (or does not say) on one topic. */
export const comparisonCellSchema = z.strictObject({
  /** says: mentions it; silent: does not mention it; differs: mentions it, but unlike the other readout. */
  stance: z.enum(STANCES, { error: `stance must be one of: ${STANCES.join(', ')}` }),
  /**
   * Ids of the readout's points this cell rests on (`kr-8`), from this side's own readout.
   * Required and non-empty for says/differs; absent or empty for silent.
   */
  points: z.array(pointIdSchema).optional(),
  /** Our Dutch paraphrase (never the readout's words, except `phrase`). */
  text: nonEmpty('text').max(220),
  /** Optional short English phrase: one of the `phrases` of the cell's cited points. Linked to its point. */
  phrase: z.string().trim().min(1).max(60).optional(),
});

/** A topic's note: context, with where it comes from. */
const topicNoteSchema = z.strictObject({
  /** Ours, Dutch: what the article says, or what followed the call. */
  text: nonEmpty('note text').max(240),
  /**
   * What the note rests on: article paragraphs (`alinea-<takeaway>-<n>`, the lede `alinea-0-1`),
   * context facts (`na-1`) or readout points (`kr-8`). At least one.
   */
  sources: z
    .array(z.string().trim().min(1), { error: 'list the note’s sources, e.g. [alinea-3-1, na-1]' })
    .min(1, 'a note needs at least one source (alinea-<takeaway>-<n>, a context fact or a readout point)'),
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
  /** Optional Dutch context (what the article says, what followed the call), with its sources. */
  note: topicNoteSchema.optional(),
});

export const comparisonFileSchema = z.strictObject({
  topics: z.array(z.unknown()).min(1, 'list at least one topic'),
});

export type Quote = z.infer<typeof quoteSchema>;
export type TakeawayData = z.infer<typeof takeawaySchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type ReadoutData = z.infer<typeof readoutSchema>;
export type ComparisonTopic = z.infer<typeof comparisonTopicSchema>;
export type Stance = (typeof STANCES)[number];
export type SummarySentence = z.infer<typeof summarySentenceSchema>;
export type ContextFact = z.infer<typeof contextFactSchema>;
