/**
 * Blocks that render on demand (`render-when-visible`: content-visibility: auto) are skipped by
 * the first paint. From the first frame after this deferred script runs, lay them out one per
 * frame, top to bottom: no single task holds up the reader, and the whole page is laid out before
 * anyone scrolls there, so the scrollbar does not jump and tools that measure the page (axe in
 * Lighthouse) see it whole. Without JavaScript the browser renders each block as it nears the
 * viewport.
 */
export function renderBlocksOneByOne(): void {
  const blocks = [...document.querySelectorAll<HTMLElement>('.render-when-visible')];
  const renderNext = () => {
    const block = blocks.shift();
    if (!block) return;
    block.style.contentVisibility = 'visible';
    requestAnimationFrame(renderNext);
  };
  requestAnimationFrame(renderNext);
}
