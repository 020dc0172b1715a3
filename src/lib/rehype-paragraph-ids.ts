/**
 * Rehype plugin: gives each top-level paragraph of a takeaway's body its anchor,
 * `<p id="alinea-<number>-<n>">`, the number from the MDX frontmatter and n counted from 1.
 * Top-level `<p>` elements are exactly the body's blank-line paragraphs (`paragraphs.ts`), which
 * the build checks summaries and notes against; `rehype-paragraph-ids.test.ts` checks the two agree.
 */
import { paragraphAnchor } from './urls.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Sets the ids on the root's `<p>` children. Returns how many paragraphs it numbered. */
export function numberParagraphs(tree: HastNode, takeaway: number): number {
  let n = 0;
  for (const node of tree.children ?? []) {
    if (node.type !== 'element' || node.tagName !== 'p') continue;
    n += 1;
    node.properties = { ...node.properties, id: paragraphAnchor(takeaway, n) };
  }
  return n;
}

export function rehypeParagraphIds() {
  return (tree: HastNode, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const number = file.data.astro?.frontmatter?.['number'];
    if (typeof number === 'number' && Number.isInteger(number)) numberParagraphs(tree, number);
  };
}
