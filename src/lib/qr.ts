/**
 * QR codes for the printed briefing, drawn at build time by `qrcode`'s own SVG renderer: black
 * modules on a white square, a quiet zone of four modules (as the QR standard asks), error
 * correction M (about 15 %: survives a smudge or a fold and keeps the code small). Its SVG has
 * no style attributes, so the strict CSP holds; `QrCode.astro` puts it in an element of its own
 * with the accessible name.
 */
import { toString } from 'qrcode';

/** Light modules around the symbol. */
export const QUIET_ZONE = 4;

export interface QrSvg {
  /** The `viewBox` of qrcode's SVG: `0 0 size size`, in modules, quiet zone included. */
  viewBox: string;
  /** What qrcode draws inside its `<svg>`: a white square and one path of black modules. */
  content: string;
}

export async function qrSvg(value: string): Promise<QrSvg> {
  if (value === '') throw new Error('qrSvg: nothing to encode');
  const svg = await toString(value, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: QUIET_ZONE,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const viewBox = /^<svg [^>]*viewBox="([^"]+)"/.exec(svg)?.[1];
  if (!viewBox) throw new Error(`qrSvg: unexpected SVG from qrcode: ${svg.slice(0, 80)}`);
  return { viewBox, content: svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>')) };
}
