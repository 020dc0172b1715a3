import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import briefing from './html-validate-plugin.ts';

const validator = new HtmlValidate({ plugins: [briefing], rules: { 'briefing/no-raw-space-in-url': 'error' } });

async function messages(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((message) => message.message));
}

describe('briefing/no-raw-space-in-url', () => {
  it('rejects a raw space in a data: URI, a link, an image and an og:image', async () => {
    expect(await messages(`<link rel="icon" href="data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg'%3e%3c/svg%3e">`)).toEqual([
      '<link href> holds a raw space: write it as %20',
    ]);
    expect(await messages('<a href="/bronnen/#punt kr-8">x</a><img src="/og/a b.png" alt="">')).toHaveLength(2);
    expect(await messages('<meta property="og:image" content="https://example.org/og/a b.png">')).toHaveLength(1);
  });

  it('accepts %20, whitespace around a URL, srcset, and a meta whose content is text', async () => {
    expect(await messages(`<link rel="icon" href="data:image/svg+xml,%3csvg%20xmlns='http://www.w3.org/2000/svg'%3e%3c/svg%3e">`)).toEqual(
      [],
    );
    expect(await messages('<a href=" /bronnen/ ">x</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="">')).toEqual([]);
    expect(await messages('<meta property="og:image:alt" content="Conclusie 1: een titel">')).toEqual([]);
    expect(await messages('<meta name="description" content="Een briefing bij Knack">')).toEqual([]);
  });
});
