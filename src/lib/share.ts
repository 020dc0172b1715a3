/**
 * The words of the share pages (`/citaat/<id>/`, `/onderwerp/<id>/`): the title and description
 * a link preview shows, so that each names its piece. Pure functions over plain data, unit-tested.
 */
import { stanceLabels } from './comparison.ts';
import type { Stance } from './schemas.ts';
import { MAX_DESCRIPTION_LENGTH, dutchDate, shortenAtWord, toDescription } from './text.ts';

/** The quote in a page title is shortened to this many characters (the marks and "Knack: " aside). */
export const QUOTE_TITLE_LENGTH = 90;

export interface QuoteShareInput {
  publication: string;
  quote: string;
  takeawayNumber: number;
  takeawayCount: number;
  /** The takeaway's title: the article's own heading, so it may stand between quotation marks. */
  takeawayTitle: string;
}

/** Title: whose words and the words ("Knack: “Poetin heeft geen haast…”"); description: where they stand. */
export function quoteShareTexts(input: QuoteShareInput): { title: string; description: string } {
  const title = `${input.publication}: “${shortenAtWord(input.quote, QUOTE_TITLE_LENGTH)}”`;
  const description = toDescription(
    `Kernzin uit conclusie ${input.takeawayNumber} van ${input.takeawayCount} van ${input.publication}, ‘${input.takeawayTitle}’, met de alinea eromheen.`,
  );
  return { title, description };
}

export interface TopicShareInput {
  publication: string;
  callDate: Date;
  /** Our label: never between quotation marks. */
  label: string;
  /** In column order. */
  sides: { label: string; stance: Stance }[];
}

/** Per readout its stance in words: "Kremlin: vermeldt het; Witte Huis: zwijgt erover". */
export function stanceSummary(sides: TopicShareInput['sides']): string {
  return sides.map((side) => `${side.label}: ${stanceLabels[side.stance].toLowerCase()}`).join('; ');
}

/** Title: the topic; description: each readout's stance, and that the cells are our summary. */
export function topicShareTexts(input: TopicShareInput): { title: string; description: string } {
  const title = `${input.label}: wat zeggen de verslagen?`;
  const stances = `${input.label}. ${stanceSummary(input.sides)}.`;
  const variants = [
    `${stances} Onze samenvatting van beide verslagen van het gesprek van ${dutchDate(input.callDate)}, bij de analyse van ${input.publication}.`,
    `${stances} Onze samenvatting van beide verslagen, bij de analyse van ${input.publication}.`,
    `${stances} Onze samenvatting, bij ${input.publication}.`,
  ];
  const description = variants.find((text) => text.length <= MAX_DESCRIPTION_LENGTH) ?? toDescription(stances);
  return { title, description };
}
