import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAVICON_SIZES, renderFavicon } from './favicon.ts';

const svg = readFileSync(new URL('../assets/favicon.svg', import.meta.url), 'utf-8');

interface IcoImage {
  width: number;
  /** [red, green, blue, alpha] at (x, y), y from the top. */
  pixel(x: number, y: number): number[];
}

/** Reads an ICO file's directory and its 32-bit BMP images (the format png-to-ico writes). */
function readIco(ico: Buffer): { type: number; images: IcoImage[] } {
  const count = ico.readUInt16LE(4);
  const images = Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const width = ico.readUInt8(entry) || 256;
    const offset = ico.readUInt32LE(entry + 12);
    const headerSize = ico.readUInt32LE(offset);
    expect(ico.readInt32LE(offset + 4), 'BMP width matches the directory').toBe(width);
    expect(ico.readUInt16LE(offset + 14), 'bits per pixel').toBe(32);
    const pixels = offset + headerSize;
    return {
      width,
      pixel(x: number, y: number) {
        const at = pixels + ((width - 1 - y) * width + x) * 4; // rows bottom-up, BGRA
        return [ico[at + 2]!, ico[at + 1]!, ico[at]!, ico[at + 3]!];
      },
    };
  });
  return { type: ico.readUInt16LE(2), images };
}

describe('renderFavicon', () => {
  it('writes an icon file with one image per size', async () => {
    const ico = readIco(await renderFavicon(svg));
    expect(ico.type, 'ICO type 1 (icon, not cursor)').toBe(1);
    expect(ico.images.map((image) => image.width)).toEqual([...FAVICON_SIZES]);
  });

  it('draws the SVG: the two readouts in their colours on the dark tile, corners transparent', async () => {
    const image = readIco(await renderFavicon(svg)).images.find((i) => i.width === 32)!;
    const hex = (x: number, y: number) => {
      const [r, g, b, a] = image.pixel(x, y);
      return a === 0 ? 'transparent' : `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
    };
    const colours = [...svg.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(colours).toHaveLength(3);
    const [tile, kremlin, whiteHouse] = colours;
    expect(hex(16, 3), 'tile').toBe(tile);
    expect(hex(10, 16), 'Kremlin bar').toBe(kremlin);
    expect(hex(21, 16), 'White House bar').toBe(whiteHouse);
    expect(hex(0, 0), 'rounded corner').toBe('transparent');
  });
});
