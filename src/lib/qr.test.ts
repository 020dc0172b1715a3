import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrSvg } from './qr.ts';

const URL_1 = 'https://briefing-trump-poetin.example/1/';

/** Paints the path back into a grid of modules: the inverse of qrSvg, for checking it. */
function paint(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === 'm') x += Number(a);
    else {
      for (let col = x; col < x + Number(a); col += 1) {
        expect(grid[y]![col], `module ${col},${y} painted twice`).toBe(false);
        grid[y]![col] = true;
      }
      x += Number(a);
    }
  }
  expect(path.replace(/([Mmh])([\d.]+)(?: ([\d.]+))?/g, ''), 'only M, m and h commands').toBe('');
  return grid;
}

/** Renders the grid as RGBA pixels (black on white, `scale` pixels per module) for jsQR. */
function rasterize(grid: boolean[][], scale: number): { data: Uint8ClampedArray; width: number } {
  const width = grid.length * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const i = ((y * scale + dy) * width + x * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }),
  );
  return { data, width };
}

describe('qrSvg', () => {
  it('draws exactly the dark modules of the symbol, inside a quiet zone of four modules', () => {
    const matrix = qrMatrix(URL_1);
    const svg = qrSvg(URL_1);
    expect(svg.modules).toBe(matrix.length);
    expect(svg.size).toBe(matrix.length + 2 * QUIET_ZONE);
    const grid = paint(svg.path, svg.size);
    for (let y = 0; y < svg.size; y += 1) {
      for (let x = 0; x < svg.size; x += 1) {
        const inSymbol = x >= QUIET_ZONE && y >= QUIET_ZONE && x < svg.size - QUIET_ZONE && y < svg.size - QUIET_ZONE;
        const expected = inSymbol ? matrix[y - QUIET_ZONE]![x - QUIET_ZONE] : false;
        expect(grid[y]![x], `module ${x},${y}`).toBe(expected);
      }
    }
  });

  it('decodes back to the URL it encodes', () => {
    for (const number of [1, 2, 3, 4, 5]) {
      const url = `https://briefing-trump-poetin.example/${number}/`;
      const svg = qrSvg(url);
      const { data, width } = rasterize(paint(svg.path, svg.size), 4);
      expect(jsQR(data, width, width)?.data).toBe(url);
    }
  });

  it('merges runs of dark modules into one line each', () => {
    const svg = qrSvg(URL_1);
    const rectangles = svg.path.split('h').length - 1;
    const darkModules = qrMatrix(URL_1)
      .flat()
      .filter((dark) => dark).length;
    expect(rectangles).toBeGreaterThan(0);
    expect(rectangles).toBeLessThan(darkModules);
    // The finder pattern's top edge: seven dark modules in one run at the symbol's corner.
    expect(svg.path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE + 0.5}h7`)).toBe(true);
  });

  it('is deterministic and honours the margin option', () => {
    expect(qrSvg(URL_1)).toEqual(qrSvg(URL_1));
    const bare = qrSvg(URL_1, { margin: 0 });
    expect(bare.size).toBe(bare.modules);
    expect(bare.path.startsWith('M0 0.5h7')).toBe(true);
    expect(() => qrSvg(URL_1, { margin: -1 })).toThrow(/margin/);
    expect(() => qrSvg(URL_1, { margin: 1.5 })).toThrow(/margin/);
  });

  it('grows with the amount of data and the error correction level', () => {
    expect(qrSvg(URL_1, { level: 'H' }).modules).toBeGreaterThan(qrSvg(URL_1, { level: 'L' }).modules);
    expect(qrSvg(`${URL_1}${'x'.repeat(100)}`).modules).toBeGreaterThan(qrSvg(URL_1).modules);
  });

  it('refuses to encode nothing', () => {
    expect(() => qrSvg('')).toThrow(/nothing to encode/);
  });
});
