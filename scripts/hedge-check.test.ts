import { describe, expect, it } from 'vitest';
import { hedgesOf } from '../src/lib/hedges.ts';
import { checkHedges } from './hedge-check.ts';
import type { BuiltSite } from './site-files.ts';

const hedges = hedgesOf({
  source: { headline: 'Poetin wil verder vechten', headlineNote: 'waarschijnlijke kop, uit het adres' },
  readouts: [
    {
      label: 'Kremlin',
      title: 'Telephone conversation',
      url: 'http://en.kremlin.ru/1',
      urlCaveat: 'Adres niet bevestigd.',
      phraseSource: 'translation',
      points: [{ phrases: ['root causes'] }, {}],
    },
    {
      label: 'Witte Huis',
      title: 'Readout',
      url: 'https://wh.example/2',
      phraseSource: 'readout',
      points: [{ phrases: ['blood and treasure'] }],
    },
  ],
});

const page = (body: string, head = '') =>
  `<!doctype html><html lang="nl"><head><title>Bronnen</title>${head}</head><body>${body}</body></html>`;
const site = (...pages: string[]): BuiltSite => ({ pages: new Map(pages.map((html, i) => [`/p${i}/`, html])), files: new Set() });

const GOOD = page(
  `<p>Het artikel: <a href="https://knack.example/"><cite>‘Poetin wil verder vechten’</cite></a> (waarschijnlijke kop, uit het adres), Knack.</p>
   <ul><li><a href="http://en.kremlin.ru/1">Telephone conversation</a> (Engelse vertaling door derden) <span>Adres niet bevestigd.</span></li>
   <li><a href="https://wh.example/2">Readout</a></li></ul>
   <table><tr><td><p>Vermeldt het. <a href="/bronnen/#punt-kr-2"><q lang="en">root causes</q></a> (Engelse vertaling door derden)</p></td>
   <td><p><q lang="en">blood and treasure</q></p></td></tr></table>`,
  `<meta name="description" content="Een briefing bij Knack."><script type="application/ld+json">${JSON.stringify({
    isBasedOn: { headline: 'Poetin wil verder vechten', disambiguatingDescription: 'Waarschijnlijke kop, uit het adres.' },
    citation: [
      { name: 'Telephone conversation', disambiguatingDescription: 'Titel: Engelse vertaling door derden.' },
      { name: 'Readout', url: 'https://wh.example/2' },
    ],
  })}</script>`,
);

describe('checkHedges', () => {
  it('accepts pages that show every hedged text with its hedge', () => {
    expect(checkHedges(site(GOOD), hedges)).toEqual([]);
  });

  it('fails where the headline stands without its note, on screen and on paper', () => {
    const html = GOOD.replace(' (waarschijnlijke kop, uit het adres)', '');
    expect(checkHedges(site(html), hedges)).toEqual([
      { page: '/p0/', where: 'screen', what: 'Knack’s likely headline' },
      { page: '/p0/', where: 'print', what: 'Knack’s likely headline' },
    ]);
  });

  it('fails on paper only when the note is hidden from print', () => {
    const html = GOOD.replace(
      '(waarschijnlijke kop, uit het adres)',
      '<span class="print:hidden">(waarschijnlijke kop, uit het adres)</span>',
    );
    expect(checkHedges(site(html), hedges)).toEqual([{ page: '/p0/', where: 'print', what: 'Knack’s likely headline' }]);
  });

  it('fails where a readout’s address is linked without its caveat, or its translated title without the mark', () => {
    const html = GOOD.replace('<span>Adres niet bevestigd.</span>', '').replace(' (Engelse vertaling door derden) ', ' ');
    expect(checkHedges(site(html), hedges).map((p) => p.what)).toEqual([
      'the Kremlin readout’s address',
      'the Kremlin readout’s English title',
      'the Kremlin readout’s address',
      'the Kremlin readout’s English title',
    ]);
  });

  it('fails where a translated phrase stands without the mark; the White House’s own words need none', () => {
    const html = GOOD.replace('</q></a> (Engelse vertaling door derden)', '</q></a>');
    expect(checkHedges(site(html), hedges).map((p) => `${p.where}: ${p.what}`)).toEqual([
      'screen: the Kremlin readout’s phrase “root causes”',
      'print: the Kremlin readout’s phrase “root causes”',
    ]);
  });

  it('fails on a meta tag or <title> that shows the headline without its note', () => {
    const html = GOOD.replace('<title>Bronnen</title>', '<title>Poetin wil verder vechten</title>').replace(
      'content="Een briefing bij Knack."',
      'content="Knack: Poetin wil verder vechten"',
    );
    expect(checkHedges(site(html), hedges).map((p) => p.where)).toEqual(['<title>', '<meta description>']);
  });

  it('fails on a JSON-LD object that shows the headline, an unconfirmed address or a translated title without its hedge', () => {
    const html = GOOD.replace(',"disambiguatingDescription":"Waarschijnlijke kop, uit het adres."', '').replace(
      ',"disambiguatingDescription":"Titel: Engelse vertaling door derden."',
      ',"url":"http://en.kremlin.ru/1"',
    );
    expect(checkHedges(site(html), hedges)).toEqual([
      { page: '/p0/', where: 'JSON-LD $.isBasedOn', what: 'Knack’s likely headline' },
      { page: '/p0/', where: 'JSON-LD $.citation[0]', what: 'the Kremlin readout’s address' },
      { page: '/p0/', where: 'JSON-LD $.citation[0]', what: 'the Kremlin readout’s English title' },
    ]);
  });
});
