/** Small, valid content used by the unit tests; each test breaks one thing. */
import type { TakeawayInput } from './validate.ts';

export const readoutIds = ['kremlin', 'white-house'];

export function validTakeaways(): TakeawayInput[] {
  return [1, 2, 3, 4, 5].map((number) => ({
    file: `content/takeaways/${number}-conclusie-${number}.mdx`,
    body: `Eerste zin van conclusie ${number}.\n\nDe ‘tweede’ zin van\nconclusie ${number}.`,
    data: {
      number,
      title: `Conclusie ${number}`,
      slug: `conclusie-${number}`,
      summary: `Samenvatting ${number}.`,
      quotes: [
        { id: `eerste-${number}`, text: `Eerste zin van conclusie ${number}.` },
        { id: `tweede-${number}`, text: `De ‘tweede’ zin van conclusie ${number}.`, cites: 'kremlin' },
      ],
    },
  }));
}

export const validComparisonYaml = `
topics:
  - id: energie
    label: Energie
    takeaways: [conclusie-1]
    sides:
      kremlin: { stance: says, text: "Vermeldt het.", phrase: "energy infrastructure" }
      white-house: { stance: differs, text: "Anders verwoord." }
  - id: ijshockey
    label: IJshockey
    takeaways: []
    sides:
      kremlin: { stance: says, text: "Vermeldt het." }
      white-house: { stance: silent, text: "Niet vermeld." }
`;
