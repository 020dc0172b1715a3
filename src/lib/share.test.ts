import { describe, expect, it } from 'vitest';
import { QUOTE_TITLE_LENGTH, quoteShareTexts, stanceSummary, topicShareTexts } from './share.ts';
import { MAX_DESCRIPTION_LENGTH } from './text.ts';

describe('quoteShareTexts', () => {
  const input = {
    publication: 'Knack',
    quote: 'Poetin heeft geen haast, en dus heeft Rusland geen haast.',
    takeawayNumber: 3,
    takeawayCount: 5,
    takeawayTitle: 'Trump heeft Oekraïne en Europa (nog) niet voor de bus gegooid',
  };

  it('names whose words and the words in the title, and the takeaway in the description', () => {
    const { title, description } = quoteShareTexts(input);
    expect(title).toBe('Knack: “Poetin heeft geen haast, en dus heeft Rusland geen haast.”');
    expect(description).toBe(
      'Kernzin uit conclusie 3 van 5 van Knack, ‘Trump heeft Oekraïne en Europa (nog) niet voor de bus gegooid’, met de alinea eromheen.',
    );
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
  });

  it('shortens a long quote in the title at a word, with an ellipsis inside the marks', () => {
    const long = `${input.quote} ${'Nog een zin met woorden. '.repeat(6)}`.trim();
    const { title } = quoteShareTexts({ ...input, quote: long });
    expect(title.startsWith('Knack: “Poetin heeft geen haast')).toBe(true);
    expect(title.endsWith('…”')).toBe(true);
    expect([...title].length).toBeLessThanOrEqual('Knack: “”'.length + QUOTE_TITLE_LENGTH);
  });
});

describe('topicShareTexts', () => {
  const sides = [
    { label: 'Kremlin', stance: 'says' as const },
    { label: 'Witte Huis', stance: 'silent' as const },
  ];

  it('says each readout’s stance in words', () => {
    expect(stanceSummary(sides)).toBe('Kremlin: vermeldt het; Witte Huis: zwijgt erover');
  });

  it('names the topic in title and description, says the cells are ours, and fits a preview', () => {
    const { title, description } = topicShareTexts({ publication: 'Knack', callDate: new Date('2025-03-18'), label: 'Koersk', sides });
    expect(title).toBe('Koersk: wat zeggen de verslagen?');
    expect(description).toBe(
      'Koersk. Kremlin: vermeldt het; Witte Huis: zwijgt erover. Onze samenvatting van beide verslagen van het gesprek van 18 maart 2025, bij de analyse van Knack.',
    );
  });

  it('drops the date and then more for a long label, and always stays within 160 characters', () => {
    const label = 'Oorzaken van de crisis en Russische veiligheidsbelangen';
    const { description } = topicShareTexts({
      publication: 'Knack',
      callDate: new Date('2025-03-18'),
      label,
      sides: [
        { label: 'Kremlin', stance: 'differs' },
        { label: 'Witte Huis', stance: 'silent' },
      ],
    });
    expect(description.startsWith(`${label}. Kremlin: wijkt af; Witte Huis: zwijgt erover.`)).toBe(true);
    expect(description).toContain('Onze samenvatting');
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
  });
});
