/**
 * The project's own html-validate rule, loaded by .htmlvalidate.mjs (`npm run validate:html`).
 *
 * `briefing/no-raw-space-in-url`: a URL holds no raw whitespace. Browsers forgive it, but it is
 * invalid: the W3C Nu validator rejects it ("Illegal character … space is not allowed"), and
 * html-validate's own rules do not look inside URLs. A `data:` URI is a URL too (the site icon's).
 */
import { Rule, definePlugin, type HtmlElement } from 'html-validate';

/** Attributes whose value is one URL. Not srcset: spaces separate its candidates. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'cite', 'poster', 'data']);

/** A `<meta>` whose content is a URL: og:url, og:image, twitter:image … */
const isUrlMeta = (element: HtmlElement): boolean =>
  element.is('meta') && /(^|:)(url|image)$/.test(element.getAttributeValue('property') ?? element.getAttributeValue('name') ?? '');

class NoRawSpaceInUrl extends Rule {
  override documentation() {
    return { description: 'Write a space in a URL as %20: a raw one makes the URL invalid (the W3C Nu validator rejects it).' };
  }

  setup() {
    this.on('element:ready', ({ target }) => {
      for (const attribute of target.attributes) {
        const holdsUrl = URL_ATTRIBUTES.has(attribute.key) || (attribute.key === 'content' && isUrlMeta(target));
        // Whitespace around a URL is stripped by every parser; only whitespace inside it is invalid.
        if (holdsUrl && typeof attribute.value === 'string' && /\s/.test(attribute.value.trim()))
          this.report(target, `<${target.tagName} ${attribute.key}> holds a raw space: write it as %20`, attribute.valueLocation);
      }
    });
  }
}

export default definePlugin({ name: 'briefing', rules: { 'briefing/no-raw-space-in-url': NoRawSpaceInUrl } });
