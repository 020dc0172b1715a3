/**
 * Rehype plugin: gives each top-level paragraph of a takeaway's body its anchor,
 * `<p id="alinea-<number>-<n>">`, the number from the MDX frontmatter and n counted from 1.
 * Top-level `<p>` elements are exactly the body's blank-line paragraphs (`paragraphs.ts`), which
 * the build checks summaries and notes against; `rehype-paragraph-ids.test.ts` checks the two agree.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { paragraphAnchor } from './urls.ts';

/** Sets the ids on the root's `<p>` children. Returns how many paragraphs it numbered. */
export function numberParagraphs(tree: Root, takeaway: number): number {
  let n = 0;
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'p') continue;
    n += 1;
    node.properties.id = paragraphAnchor(takeaway, n);
  }
  return n;
}

export const rehypeParagraphIds: RehypePlugin = () => (tree, file) => {
  const number: unknown = file.data.astro?.frontmatter?.['number'];
  if (typeof number === 'number' && Number.isInteger(number)) numberParagraphs(tree, number);
};
