/** Small, valid content used by the unit tests; each test breaks one thing. */
import type { ComparisonTopic, ContextFact, ReadoutData } from '../../src/lib/schemas.ts';
import type { ReadoutInput, TakeawayInput } from '../../src/lib/validate.ts';

export const readoutIds = ['kremlin', 'white-house'];

/** Five takeaways, each with a body of two paragraphs. */
export function validTakeaways(): TakeawayInput[] {
  return [1, 2, 3, 4, 5].map((number) => ({
    file: `content/takeaways/${number}-conclusie-${number}.mdx`,
    body: `Eerste zin van conclusie ${number}.\n\nDe ‘tweede’ zin van\nconclusie ${number}.`,
    data: {
      number,
      title: `Conclusie ${number}`,
      slug: `conclusie-${number}`,
      summary: [
        { text: `Samenvatting ${number}.`, paragraphs: [1] },
        { text: 'Tweede zin.', paragraphs: [1, 2] },
      ],
      shortSummary: [{ text: `Kort ${number}.`, paragraphs: [2] }],
      quotes: [
        { id: `eerste-${number}`, text: `Eerste zin van conclusie ${number}.` },
        { id: `tweede-${number}`, text: `De ‘tweede’ zin van conclusie ${number}.`, cites: 'kremlin' },
      ],
    },
  }));
}

/** The lede: one paragraph. */
export const validLede = 'De inleiding.';

function readout(order: number, points: ReadoutData['points'], extra: Partial<ReadoutData> = {}): ReadoutData {
  return {
    label: order === 1 ? 'Kremlin' : 'Witte Huis',
    title: 'T',
    publisher: 'P',
    date: new Date('2025-03-18'),
    url: 'https://example.org/',
    language: 'en',
    phraseSource: order === 1 ? 'translation' : 'readout',
    order,
    points,
    ...extra,
  };
}

export function validReadouts(): ReadoutInput[] {
  return [
    {
      id: 'kremlin',
      file: 'content/readouts/kremlin.yaml',
      data: readout(
        1,
        [
          { id: 'kr-1', text: 'Energie.', phrases: ['energy infrastructure'] },
          { id: 'kr-2', text: 'IJshockey.', orderUncertain: true },
        ],
        { urlCaveat: 'Adres niet bevestigd.' },
      ),
    },
    {
      id: 'white-house',
      file: 'content/readouts/white-house.yaml',
      data: readout(2, [
        { id: 'wh-1', text: 'Energie en infrastructuur.', phrases: ['energy and infrastructure ceasefire'] },
        { id: 'wh-2', text: 'Nooit begonnen.', phrases: ['should never have started'] },
      ]),
    },
  ];
}

export function validFacts(): ContextFact[] {
  return [{ id: 'na-1', text: 'Daarna.', phrases: ['was never discussed'] }];
}

/** Topics that cite every point of `validReadouts()`, with one note citing each kind of source. */
export function validTopics(): ComparisonTopic[] {
  return [
    {
      id: 'energie',
      label: 'Energie',
      takeaways: ['conclusie-1'],
      sides: {
        kremlin: { stance: 'says', points: ['kr-1'], text: 'Vermeldt het.', phrase: 'energy infrastructure' },
        'white-house': { stance: 'differs', points: ['wh-1'], text: 'Anders verwoord.' },
      },
      note: { text: 'Context.', sources: ['alinea-1-2', 'alinea-0-1', 'na-1', 'kr-1'] },
    },
    {
      id: 'ijshockey',
      label: 'IJshockey',
      takeaways: [],
      sides: {
        kremlin: { stance: 'says', points: ['kr-2'], text: 'Vermeldt het.' },
        'white-house': { stance: 'silent', text: 'Niet vermeld.' },
      },
    },
    {
      id: 'nooit-begonnen',
      label: 'Nooit begonnen',
      takeaways: ['conclusie-5'],
      sides: {
        kremlin: { stance: 'silent', points: [], text: 'Niet vermeld.' },
        'white-house': { stance: 'says', points: ['wh-2'], text: 'Vermeldt het.', phrase: 'should never have started' },
      },
    },
  ];
}

export const validComparisonYaml = `
topics:
  - id: energie
    label: Energie
    takeaways: [conclusie-1]
    sides:
      kremlin: { stance: says, points: [kr-1], text: "Vermeldt het.", phrase: "energy infrastructure" }
      white-house: { stance: differs, points: [wh-1], text: "Anders verwoord." }
    note:
      text: "Context."
      sources: [alinea-1-2, na-1]
  - id: ijshockey
    label: IJshockey
    takeaways: []
    sides:
      kremlin: { stance: says, points: [kr-2], text: "Vermeldt het." }
      white-house: { stance: silent, text: "Niet vermeld." }
`;

export const validContextYaml = `
facts:
  - id: na-1
    text: "Daarna."
    phrases: ["was never discussed"]
  - id: na-2
    text: "Nog later."
`;
