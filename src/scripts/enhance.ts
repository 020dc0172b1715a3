/**
 * Every enhancement of the site, bundled into one small script that BaseLayout.astro loads
 * deferred: it runs once the document is parsed, however the page was opened. Each part acts only where its markup is on the page; nothing here is
 * needed to read, navigate or print.
 */
import { enhancePrintButtons } from './print-button.ts';
import { renderBlocksOneByOne } from './render-blocks.ts';
import { enhanceShareLinks } from './share-links.ts';

enhanceShareLinks();
enhancePrintButtons();
renderBlocksOneByOne();
// Done: a hook for the browser tests, which must not click before the enhancements are wired.
document.documentElement.dataset.enhanced = '';
