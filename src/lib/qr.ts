/**
 * QR codes for the printed briefing, drawn at build time as one SVG path: no canvas, no
 * script, no inline styles. `qrcode` computes the modules; this file only turns them into
 * geometry, so the result is the same on every build and easy to test.
 */
import { create, type QRCodeErrorCorrectionLevel } from 'qrcode';

/** Light modules around the symbol; the QR standard asks for four. */
export const QUIET_ZONE = 4;

export interface QrOptions {
  /** Error correction: M (about 15 %) survives a smudge or a fold and keeps the code small. */
  level?: QRCodeErrorCorrectionLevel;
  /** Quiet zone in modules. */
  margin?: number;
}

export interface QrSvg {
  /** Width and height in modules, quiet zone included (the `viewBox` is `0 0 size size`). */
  size: number;
  /** Modules per side of the symbol itself (21 for version 1, 25 for version 2, ...). */
  modules: number;
  /**
   * `d` of one path to be stroked 1 unit wide: per row a move to the row's middle line, then
   * each run of dark modules as a relative move and a horizontal line (`m gap 0 h width`).
   */
  path: string;
}

/** The modules of the QR code for `text`: `true` is dark, rows top to bottom. */
export function qrMatrix(text: string, level: QRCodeErrorCorrectionLevel = 'M'): boolean[][] {
  if (text.length === 0) throw new Error('qrMatrix: nothing to encode');
  const { modules } = create(text, { errorCorrectionLevel: level });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
}

/**
 * SVG geometry for the QR code of `text`. Each run of dark modules in a row becomes one stroked
 * line segment, written with relative moves: about half the bytes of one rectangle per run,
 * which matters because the briefing has five codes inside its first-round-trip budget.
 */
export function qrSvg(text: string, options: QrOptions = {}): QrSvg {
  const margin = options.margin ?? QUIET_ZONE;
  if (!Number.isInteger(margin) || margin < 0) throw new Error(`qrSvg: margin must be a whole number >= 0, got ${margin}`);
  const matrix = qrMatrix(text, options.level ?? 'M');
  const rows: string[] = [];
  matrix.forEach((row, y) => {
    let pen = 0;
    let x = 0;
    let d = '';
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      d += `${start - pen ? `m${start - pen} 0` : ''}h${x - start}`;
      pen = x;
    }
    if (d) rows.push(`M${margin} ${y + margin + 0.5}${d}`);
  });
  return { size: matrix.length + 2 * margin, modules: matrix.length, path: rows.join('') };
}
