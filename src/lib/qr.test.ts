import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrSvg } from './qr.ts';

/** The code as an SVG document, drawn 4 pixels per module, read back with jsQR like a camera. */
async function decode(value: string): Promise<string | undefined> {
  const { viewBox, content } = await qrSvg(value);
  const image = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${content}</svg>`, {
    fitTo: { mode: 'zoom', value: 4 },
  }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('qrSvg', () => {
  it('decodes back to the URL it encodes, for every takeaway', async () => {
    for (const number of [1, 2, 3, 4, 5]) {
      const url = `https://briefing-trump-poetin.example/${number}/`;
      expect(await decode(url)).toBe(url);
    }
  });

  it('draws black modules on a white square, inside a quiet zone of four modules', async () => {
    const { viewBox, content } = await qrSvg('https://briefing-trump-poetin.example/1/');
    const size = Number(viewBox.split(' ')[2]);
    // Version 3 (29 modules) plus the quiet zone on both sides.
    expect(viewBox).toBe(`0 0 ${size} ${size}`);
    expect(size).toBe(29 + 2 * QUIET_ZONE);
    expect(content).toContain(`<path fill="#ffffff" d="M0 0h${size}v${size}H0z"/>`);
    // The first run of dark modules is the finder pattern's top edge, at the quiet zone's corner.
    expect(content).toContain(`<path stroke="#000000" d="M${QUIET_ZONE} ${QUIET_ZONE + 0.5}h7`);
  });

  it('has no style attributes (the CSP allows none) and nothing but paths', async () => {
    const { content } = await qrSvg('https://briefing-trump-poetin.example/1/');
    expect(content).not.toMatch(/style/i);
    expect(content.replace(/<path [^>]*\/>/g, '')).toBe('');
  });

  it('refuses to encode nothing', async () => {
    await expect(qrSvg('')).rejects.toThrow(/nothing to encode/);
  });
});
