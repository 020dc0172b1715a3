import { describe, expect, it } from 'vitest';
import { checkLinks, checkPublished } from './link-check.ts';
import type { BuiltSite } from './site-files.ts';
import { filePathOf, urlPathOf } from './site-files.ts';

const page = (body: string) =>
  `<!doctype html><html lang="nl"><head><title>t</title><link rel="icon" href="/favicon.svg"></head><body>${body}</body></html>`;

function site(): BuiltSite {
  return {
    pages: new Map([
      [
        '/',
        page('<h2 id="een">Een</h2><a href="/conclusies/een/">1</a><a href="#een">anker</a><a href="https://www.knack.be/x">extern</a>'),
      ],
      [
        '/conclusies/een/',
        page('<figure id="citaat-a"></figure><a href="/#een">terug</a><a href="../../">home</a><a href="/og/een.png">beeld</a>'),
      ],
    ]),
    files: new Set(['/favicon.svg', '/og/een.png', '/index.html', '/conclusies/een/index.html']),
  };
}

describe('checkLinks', () => {
  it('accepts a site whose links and fragments all resolve', () => {
    expect(checkLinks(site())).toEqual([]);
  });

  it('fails on a broken fragment, naming the page, the link and the missing id', () => {
    const broken = site();
    broken.pages.set('/', page('<h2 id="een">Een</h2><a href="/conclusies/een/#citaat-b">citaat</a>'));
    expect(checkLinks(broken)).toEqual([
      { page: '/', href: '/conclusies/een/#citaat-b', problem: 'no element with id "citaat-b" on /conclusies/een/' },
    ]);
  });

  it('fails on a link to a page that does not exist', () => {
    const broken = site();
    broken.pages.set('/', page('<a href="/conclusies/twee/">2</a>'));
    expect(checkLinks(broken)[0]?.problem).toBe('no page or file at /conclusies/twee/');
  });

  it('fails on a missing favicon', () => {
    const broken = site();
    broken.files.delete('/favicon.svg');
    expect(checkLinks(broken).map((p) => p.href)).toEqual(['/favicon.svg', '/favicon.svg']);
  });
});

describe('checkPublished', () => {
  it('fails when a published URL or anchor disappears', () => {
    const problems = checkPublished(site(), {
      pages: ['/', '/conclusies/twee/'],
      anchors: { '/conclusies/een/': ['citaat-a', 'citaat-weg'] },
    });
    expect(problems.map((p) => p.href)).toEqual(['/conclusies/twee/', '/conclusies/een/#citaat-weg']);
  });
});

describe('urlPathOf', () => {
  it('maps built files to the URLs that serve them', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('conclusies/x/index.html')).toBe('/conclusies/x/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });

  it('is undone by filePathOf', () => {
    for (const file of ['index.html', 'conclusies/x/index.html', '404.html', 'og/site.png']) expect(filePathOf(urlPathOf(file))).toBe(file);
  });
});
