/**
 * "Print deze briefing" (PrintButton.astro) with JavaScript: the button ships hidden; this shows
 * it and prints once the page's fonts are ready. Paper's stylesheet and faces come with the page
 * itself (BaseLayout, global.css), so nothing else needs loading first. Without JavaScript the
 * browser's own print command does the same job.
 */
export function enhancePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
    button.addEventListener('click', () => {
      void document.fonts.ready.then(() => window.print());
    });
    button.hidden = false;
  }
}
