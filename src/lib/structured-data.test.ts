import { describe, expect, it } from 'vitest';
import {
  analysisJsonLd,
  quotationJsonLd,
  serializeJsonLd,
  takeawayJsonLd,
  topicJsonLd,
  webPageJsonLd,
  type JsonLd,
  type StructuredDataInput,
} from './structured-data.ts';

const SITE = 'https://briefing.example/';

const input: StructuredDataInput = {
  site: SITE,
  siteName: 'Briefing',
  siteTitle: 'Vijf conclusies',
  siteDescription: 'Een analyse.',
  callDate: new Date('2025-03-18'),
  source: {
    publication: 'Knack',
    publisher: 'Roularta Media Group',
    month: '2025-03',
    headline: 'Poetin wil verder vechten',
    headlineNote: 'waarschijnlijke kop, uit het adres',
    url: 'https://www.knack.be/x/',
  },
  readouts: [
    {
      title: 'Kremlin readout',
      url: 'http://en.kremlin.ru/1',
      urlCaveat: 'Niet bevestigd.',
      phraseSource: 'translation',
      publisher: 'Kremlin',
      date: new Date('2025-03-18'),
      language: 'en',
    },
    {
      title: 'White House readout',
      url: 'https://www.whitehouse.gov/2',
      phraseSource: 'readout',
      publisher: 'The White House',
      date: new Date('2025-03-18'),
      language: 'en',
    },
  ],
  takeaways: [1, 2, 3, 4, 5].map((number) => ({
    number,
    title: `Titel ${number}`,
    slug: `conclusie-${number}`,
    summary: `Samenvatting ${number}.`,
  })),
};

describe('analysisJsonLd', () => {
  const data = analysisJsonLd(input);

  it('describes the analysis as an AnalysisNewsArticle in Belgian Dutch at the home URL', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'AnalysisNewsArticle',
      '@id': SITE,
      url: SITE,
      headline: 'Vijf conclusies',
      inLanguage: 'nl-BE',
    });
  });

  it('is based on the Knack article, published by Knack, dated only to the month, its headline with the note', () => {
    expect(data.isBasedOn).toEqual({
      '@type': 'AnalysisNewsArticle',
      headline: 'Poetin wil verder vechten',
      disambiguatingDescription: 'Waarschijnlijke kop, uit het adres.',
      url: 'https://www.knack.be/x/',
      inLanguage: 'nl',
      datePublished: '2025-03',
      publisher: { '@type': 'Organization', name: 'Knack' },
    });
  });

  it('cites both readouts as CreativeWorks with name, publisher and day; an unconfirmed address is left out, a translated title marked', () => {
    expect(data.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Kremlin readout',
        disambiguatingDescription: 'Titel: Engelse vertaling door derden.',
        inLanguage: 'en',
        datePublished: '2025-03-18',
        publisher: { '@type': 'Organization', name: 'Kremlin' },
      },
      {
        '@type': 'CreativeWork',
        name: 'White House readout',
        url: 'https://www.whitehouse.gov/2',
        inLanguage: 'en',
        datePublished: '2025-03-18',
        publisher: { '@type': 'Organization', name: 'The White House' },
      },
    ]);
  });

  it('is about the call of 18 March 2025', () => {
    expect(data.about).toMatchObject({ '@type': 'Event', startDate: '2025-03-18' });
  });

  it('has the five takeaways as parts, by the @id their own pages give them', () => {
    expect(data.hasPart).toEqual(input.takeaways.map((t) => ({ '@id': `${SITE}conclusies/${t.slug}/` })));
    for (const t of input.takeaways) {
      expect(takeawayJsonLd(input, t.slug)['@id'], `the part page of ${t.slug}`).toBe(`${SITE}conclusies/${t.slug}/`);
    }
  });

  it('names no author or publisher of its own (unknown, not invented)', () => {
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('publisher');
  });

  it('carries no date of Knack’s as its own: the month stands only on the original', () => {
    for (const page of [data, takeawayJsonLd(input, 'conclusie-1')]) {
      for (const key of ['datePublished', 'dateCreated', 'dateModified']) expect(page).not.toHaveProperty(key);
      expect(page.isPartOf ?? {}).not.toHaveProperty('datePublished');
    }
  });
});

describe('takeawayJsonLd', () => {
  const data = takeawayJsonLd(input, 'conclusie-3');

  it('describes the takeaway as part of the analysis, with its number and summary', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'AnalysisNewsArticle',
      '@id': `${SITE}conclusies/conclusie-3/`,
      url: `${SITE}conclusies/conclusie-3/`,
      headline: 'Titel 3',
      abstract: 'Samenvatting 3.',
      position: 3,
      inLanguage: 'nl-BE',
      image: `${SITE}og/conclusie-3.png`,
      isPartOf: { '@type': 'AnalysisNewsArticle', '@id': SITE, url: SITE, headline: 'Vijf conclusies' },
    });
    expect(data).toHaveProperty('isBasedOn.url', 'https://www.knack.be/x/');
    expect(data).not.toHaveProperty('author');
  });

  it('throws for an unknown slug', () => {
    expect(() => takeawayJsonLd(input, 'bestaat-niet')).toThrow(/bestaat-niet/);
  });
});

describe('webPageJsonLd', () => {
  it('is a WebPage of the site', () => {
    expect(
      webPageJsonLd({ site: SITE, siteName: 'Briefing', path: '/bronnen/', name: 'Bronnen', description: 'Waar het vandaan komt.' }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': `${SITE}bronnen/`,
      url: `${SITE}bronnen/`,
      name: 'Bronnen',
      description: 'Waar het vandaan komt.',
      inLanguage: 'nl-BE',
      isPartOf: { '@type': 'WebSite', '@id': SITE, url: SITE, name: 'Briefing' },
    });
  });
});

describe('serializeJsonLd', () => {
  it('round-trips as JSON and cannot close the script element', () => {
    const data = { '@context': 'https://schema.org', name: 'a </script><script>alert(1)</script>' };
    const text = serializeJsonLd(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('quotationJsonLd', () => {
  const data = quotationJsonLd(input, { id: 'geen-haast', text: 'Poetin heeft geen haast.' });

  it('describes Knack’s words as a Quotation at its share page, with its card', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      '@id': `${SITE}citaat/geen-haast/`,
      url: `${SITE}citaat/geen-haast/`,
      text: 'Poetin heeft geen haast.',
      inLanguage: 'nl',
      image: `${SITE}og/citaat/geen-haast.png`,
    });
  });

  it('is part of the Knack article, whose publisher holds the rights; no author, since none is known', () => {
    expect(data.isPartOf).toMatchObject({ '@type': 'AnalysisNewsArticle', url: 'https://www.knack.be/x/', publisher: { name: 'Knack' } });
    expect(data.copyrightHolder).toEqual({ '@type': 'Organization', name: 'Roularta Media Group' });
    expect(data).not.toHaveProperty('author');
  });

  it('names the likely headline with its note, as every page does, and carries no date of Knack’s as its own', () => {
    expect(data.isPartOf).toEqual(analysisJsonLd(input).isBasedOn);
    expect(data.isPartOf).toHaveProperty('disambiguatingDescription', 'Waarschijnlijke kop, uit het adres.');
    for (const key of ['datePublished', 'dateCreated', 'dateModified']) expect(data).not.toHaveProperty(key);
  });
});

describe('topicJsonLd', () => {
  const data = topicJsonLd(input, { id: 'koersk', headline: 'Koersk', description: 'Kremlin: vermeldt het.', takeaways: ['conclusie-2'] });

  it('describes our analysis of one topic, based on the article and both readouts', () => {
    expect(data).toMatchObject({
      '@type': 'AnalysisNewsArticle',
      '@id': `${SITE}onderwerp/koersk/`,
      headline: 'Koersk',
      inLanguage: 'nl-BE',
    });
    const basedOn = data.isBasedOn as { name?: string; headline?: string }[];
    expect(basedOn.map((work) => work.name ?? work.headline)).toEqual([
      'Poetin wil verder vechten',
      'Kremlin readout',
      'White House readout',
    ]);
    expect(data.image).toBe(`${SITE}og/onderwerp/koersk.png`);
  });

  it('keeps the hedges: the headline with its note, no unconfirmed readout address, the translated title marked', () => {
    const [article, kremlin, whiteHouse] = data.isBasedOn as JsonLd[];
    expect(article).toEqual(analysisJsonLd(input).isBasedOn);
    expect(article).toHaveProperty('disambiguatingDescription', 'Waarschijnlijke kop, uit het adres.');
    expect(kremlin).not.toHaveProperty('url');
    expect(kremlin).toHaveProperty('disambiguatingDescription', 'Titel: Engelse vertaling door derden.');
    expect(whiteHouse).toHaveProperty('url', 'https://www.whitehouse.gov/2');
    expect(JSON.stringify(data)).not.toContain('http://en.kremlin.ru/1');
  });

  it('carries no date of Knack’s as its own', () => {
    for (const key of ['datePublished', 'dateCreated', 'dateModified']) expect(data).not.toHaveProperty(key);
  });

  it('is part of the analysis and of each takeaway it belongs to', () => {
    expect((data.isPartOf as { '@id': string }[]).map((part) => part['@id'])).toEqual([SITE, `${SITE}conclusies/conclusie-2/`]);
  });
});
