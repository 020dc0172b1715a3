/** Collapse every run of whitespace (including line breaks in MDX source) to one space. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Meta descriptions should stay under about 160 characters to show in full in previews. */
export const MAX_DESCRIPTION_LENGTH = 160;

/**
 * A description that fits: the text itself when short enough, else its first sentence,
 * else the longest run of whole words that fits, with an ellipsis.
 */
export function toDescription(text: string, max = MAX_DESCRIPTION_LENGTH): string {
  const clean = normalizeWhitespace(text);
  if (clean.length <= max) return clean;
  const firstSentence = clean.match(/^.+?[.!?](?=\s|$)/)?.[0];
  if (firstSentence && firstSentence.length <= max) return firstSentence;
  return shortenAtWord(clean, max);
}

/**
 * A text of at most `max` characters (code points, the ellipsis included): the text itself when it
 * fits, else the longest run of whole words that fits, without trailing punctuation, and "…".
 * Never cut inside a word; a single word longer than `max` is the one case that must be.
 */
export function shortenAtWord(text: string, max: number): string {
  const clean = normalizeWhitespace(text);
  const length = (s: string) => [...s].length;
  if (length(clean) <= max) return clean;
  let kept = '';
  for (const word of clean.split(' ')) {
    const next = kept ? `${kept} ${word}` : word;
    if (length(next) + 1 > max) break; // room for the ellipsis
    kept = next;
  }
  if (kept === '') kept = [...clean].slice(0, max - 1).join('');
  return `${kept.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** Words per minute for Dutch prose read attentively. */
const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Reading time in whole minutes, at least 1. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}

/** "maart 2025" from "2025-03". */
export function dutchMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)),
  );
}

/** "18 maart 2025". */
export function dutchDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
