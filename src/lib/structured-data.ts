/**
 * JSON-LD (schema.org) for the pages, built from plain data so that it can be unit-tested.
 * `/` describes the whole analysis, each `/conclusies/<slug>/` one takeaway as a part of it;
 * every other page gets a plain `WebPage` (see `webPageJsonLd`).
 *
 * What is not known is left out rather than guessed: there is no `author` (the original's byline
 * was not seen), and the original's date is only known to the month ("2025-03", a valid ISO 8601
 * date of reduced precision, which schema.org's Date allows). That date is Knack's and stands only
 * on the original (`isBasedOn`): the site's own pages carry no date of Knack's.
 *
 * The hedges travel as far as JSON-LD allows (src/lib/hedges.ts): the likely headline carries its
 * note as `disambiguatingDescription`; a readout whose address is not confirmed (`urlCaveat`) is
 * cited without `url`, since a machine follows an address and cannot read a caveat; a title that
 * is a translation by others says so in `disambiguatingDescription`.
 */
import type { Article } from './article.ts';
import { asSentence, translationMark, type PhraseSource } from './hedges.ts';
import { summaryText } from './schemas.ts';
import { absoluteUrl, ogImagePath, paths, quoteCardPath, quoteSharePath, takeawayPath, topicCardPath, topicSharePath } from './urls.ts';

const SCHEMA_CONTEXT = 'https://schema.org';
const LANGUAGE = 'nl-BE';

export type JsonLd = Record<string, unknown>;

export interface StructuredDataInput {
  /** The site's public address (astro.config `site`). */
  site: URL | string;
  siteName: string;
  siteTitle: string;
  siteDescription: string;
  /** The day of the phone call. */
  callDate: Date;
  /** `publisher` holds the article's rights (Roularta Media Group). */
  source: { publication: string; publisher: string; month: string; headline: string; headlineNote: string; url: string };
  readouts: {
    title: string;
    url: string;
    urlCaveat?: string | undefined;
    phraseSource: PhraseSource;
    publisher: string;
    date: Date;
    language: string;
  }[];
  /** In article order. */
  takeaways: { number: number; title: string; slug: string; summary: string }[];
}

/** "2025-03-18", the calendar day in UTC (content dates are plain days). */
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

const organization = (name: string): JsonLd => ({ '@type': 'Organization', name });

/** The original Knack article this site presents. */
function basedOn(input: StructuredDataInput): JsonLd {
  return {
    '@type': 'AnalysisNewsArticle',
    headline: input.source.headline,
    // The headline is read from the address only: say so beside it.
    disambiguatingDescription: asSentence(input.source.headlineNote),
    url: input.source.url,
    inLanguage: 'nl',
    datePublished: input.source.month,
    publisher: organization(input.source.publication),
  };
}

/** The phone call the analysis is about. */
function theCall(input: StructuredDataInput): JsonLd {
  return {
    '@type': 'Event',
    name: 'Telefoongesprek tussen Donald Trump en Vladimir Poetin',
    startDate: isoDay(input.callDate),
  };
}

/** A readout as a citation: without an address that is not confirmed, its title marked when translated. */
function citedReadout(readout: StructuredDataInput['readouts'][number]): JsonLd {
  const mark = translationMark(readout.phraseSource);
  return {
    '@type': 'CreativeWork',
    name: readout.title,
    ...(mark ? { disambiguatingDescription: asSentence(`titel: ${mark}`) } : {}),
    ...(readout.urlCaveat ? {} : { url: readout.url }),
    inLanguage: readout.language,
    datePublished: isoDay(readout.date),
    publisher: organization(readout.publisher),
  };
}

/** `/`: the whole analysis, with its five takeaways as parts. */
export function analysisJsonLd(input: StructuredDataInput): JsonLd {
  const url = absoluteUrl(paths.home, input.site);
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'AnalysisNewsArticle',
    '@id': url,
    url,
    headline: input.siteTitle,
    // No description or image here: the page's meta description and og:image already carry them,
    // and every byte on / counts against the first-round-trip budget.
    inLanguage: LANGUAGE,
    isBasedOn: basedOn(input),
    citation: input.readouts.map(citedReadout),
    about: theCall(input),
    // Each part by reference only: its own page describes it under the same @id (takeawayJsonLd),
    // headline and position included, so / does not repeat them.
    hasPart: input.takeaways.map((takeaway) => ({ '@id': absoluteUrl(takeawayPath(takeaway.slug), input.site) })),
  };
}

/** `/conclusies/<slug>/`: one takeaway, as a part of the analysis. */
export function takeawayJsonLd(input: StructuredDataInput, slug: string): JsonLd {
  const takeaway = input.takeaways.find((t) => t.slug === slug);
  if (!takeaway) throw new Error(`structured data: no takeaway with slug "${slug}"`);
  const url = absoluteUrl(takeawayPath(takeaway.slug), input.site);
  const home = absoluteUrl(paths.home, input.site);
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'AnalysisNewsArticle',
    '@id': url,
    url,
    headline: takeaway.title,
    abstract: takeaway.summary,
    position: takeaway.number,
    inLanguage: LANGUAGE,
    image: absoluteUrl(ogImagePath(takeaway.slug), input.site),
    isPartOf: { '@type': 'AnalysisNewsArticle', '@id': home, url: home, headline: input.siteTitle },
    isBasedOn: basedOn(input),
    about: theCall(input),
  };
}

/**
 * `/citaat/<id>/`: a key quote is Knack's words, so the page describes a `Quotation` that is part
 * of Knack's article, whose rights stay with its publisher; not a work of this site.
 */
export function quotationJsonLd(input: StructuredDataInput, quote: { id: string; text: string }): JsonLd {
  const url = absoluteUrl(quoteSharePath(quote.id), input.site);
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Quotation',
    '@id': url,
    url,
    text: quote.text,
    inLanguage: 'nl',
    image: absoluteUrl(quoteCardPath(quote.id), input.site),
    isPartOf: basedOn(input),
    copyrightHolder: organization(input.source.publisher),
    about: theCall(input),
  };
}

/**
 * `/onderwerp/<id>/`: one row of the comparison is our analysis, based on the article and on both
 * readouts; part of the analysis, and of each takeaway it belongs to.
 */
export function topicJsonLd(
  input: StructuredDataInput,
  topic: { id: string; headline: string; description: string; takeaways: readonly string[] },
): JsonLd {
  const url = absoluteUrl(topicSharePath(topic.id), input.site);
  const home = absoluteUrl(paths.home, input.site);
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'AnalysisNewsArticle',
    '@id': url,
    url,
    headline: topic.headline,
    description: topic.description,
    inLanguage: LANGUAGE,
    image: absoluteUrl(topicCardPath(topic.id), input.site),
    isPartOf: [
      { '@type': 'AnalysisNewsArticle', '@id': home, url: home, headline: input.siteTitle },
      ...topic.takeaways.map((slug) => ({ '@id': absoluteUrl(takeawayPath(slug), input.site) })),
    ],
    // The same hedges as everywhere: the headline with its note, no unconfirmed readout address.
    isBasedOn: [basedOn(input), ...input.readouts.map(citedReadout)],
    about: theCall(input),
  };
}

/** Any other page: a `WebPage` that belongs to the site. */
export function webPageJsonLd(input: { site: URL | string; siteName: string; path: string; name: string; description: string }): JsonLd {
  const url = absoluteUrl(input.path, input.site);
  const home = absoluteUrl(paths.home, input.site);
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'WebPage',
    '@id': url,
    url,
    name: input.name,
    description: input.description,
    inLanguage: LANGUAGE,
    isPartOf: { '@type': 'WebSite', '@id': home, url: home, name: input.siteName },
  };
}

/** The input above, from the loaded article. */
export function structuredDataInput(article: Article, site: URL | string): StructuredDataInput {
  const { meta } = article;
  return {
    site,
    siteName: meta.siteName,
    siteTitle: meta.siteTitle,
    siteDescription: meta.siteDescription,
    callDate: meta.callDate,
    source: {
      publication: meta.source.publication,
      publisher: meta.source.publisher,
      month: meta.source.month,
      headline: meta.source.headline,
      headlineNote: meta.source.headlineNote,
      url: meta.source.url,
    },
    readouts: article.readouts.map(({ data }) => ({
      title: data.title,
      url: data.url,
      urlCaveat: data.urlCaveat,
      phraseSource: data.phraseSource,
      publisher: data.publisher,
      date: data.date,
      language: data.language,
    })),
    takeaways: article.takeaways.map(({ data }) => ({
      number: data.number,
      title: data.title,
      slug: data.slug,
      summary: summaryText(data.summary),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no text in the
 * data can close the script element early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
