/**
 * "Print deze briefing" (PrintButton.astro) with JavaScript: the button ships hidden; this shows
 * it and prints once the paper's fonts have loaded. Without JavaScript the browser's own print
 * command does the job.
 */

/** The print stylesheet, once loaded: AfterPaint.astro inserts it after the first paint. */
function printStylesheet(): Promise<CSSStyleSheet | undefined> {
  const isPrintLink = (node: EventTarget | null): node is HTMLLinkElement =>
    node instanceof HTMLLinkElement && node.rel === 'stylesheet' && node.media === 'print';
  const loaded = [...document.querySelectorAll('link')].find((link) => isPrintLink(link) && link.sheet);
  if (loaded) return Promise.resolve(loaded.sheet ?? undefined);
  return new Promise((resolve) => {
    // load and error do not bubble, but a listener on the document sees them while capturing.
    for (const type of ['load', 'error']) {
      document.addEventListener(type, (event) => isPrintLink(event.target) && resolve(event.target.sheet ?? undefined), true);
    }
  });
}

/**
 * Paper has its own face (print.css, @font-face): the screen never registers it, so register
 * and load it, then wait until document.fonts.ready says every face has arrived (or failed).
 */
async function loadPrintFonts(): Promise<unknown> {
  const faces: Promise<unknown>[] = [];
  for (const rule of (await printStylesheet())?.cssRules ?? []) {
    if (!(rule instanceof CSSFontFaceRule)) continue;
    const style = rule.style;
    const face = new FontFace(style.getPropertyValue('font-family').replace(/["']/g, ''), style.getPropertyValue('src'), {
      style: style.getPropertyValue('font-style') || 'normal',
      weight: style.getPropertyValue('font-weight') || '400',
    });
    document.fonts.add(face);
    faces.push(face.load());
  }
  return Promise.allSettled(faces).then(() => document.fonts.ready);
}

export function enhancePrintButtons(): void {
  let fontsLoaded: Promise<unknown> | undefined;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
    button.addEventListener('click', async () => {
      fontsLoaded ??= loadPrintFonts();
      await fontsLoaded;
      window.print();
    });
    button.hidden = false;
  }
}
