/**
 * One pass over dist/ after the build, page by page: prune the page's inlined CSS (prune-css.ts),
 * then trim its Content-Security-Policy to the hashes of what it now inlines (security-headers.ts),
 * and at the end write dist/_headers with one policy for all pages (their union; a browser
 * enforces both the header and the page's own <meta>, so each page stays as strict as its <meta>).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filePathOf, readBuiltSite } from '../../scripts/site-files.ts';
import { prunePage } from './prune-css.ts';
import { cspFromHtml, headersFile, pagePolicy, unionPolicy } from './security-headers.ts';

/** A page as Astro built it, pruned, with its own policy; `policy` undefined for pages without one (the /1/ … redirects). */
export async function finishPage(built: string, scripts: readonly string[], page: string): Promise<{ html: string; policy?: string }> {
  const pruned = await prunePage(built, scripts);
  const astroPolicy = cspFromHtml(built);
  if (!astroPolicy) return { html: pruned };
  if (pruned.split(`content="${astroPolicy}"`).length !== 2)
    throw new Error(`security-headers: cannot find the policy of ${page} in its HTML`);
  const policy = pagePolicy(astroPolicy, built, pruned, page);
  return { html: pruned.replace(`content="${astroPolicy}"`, `content="${policy}"`), policy };
}

export function postBuild(): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const site = readBuiltSite(root);
        const scripts = [...site.files].filter((file) => file.endsWith('.js')).map((file) => readFileSync(path.join(root, file), 'utf-8'));
        const policies: string[] = [];
        let bytesDropped = 0;
        for (const [urlPath, built] of site.pages) {
          const file = filePathOf(urlPath);
          const { html, policy } = await finishPage(built, scripts, file);
          bytesDropped += built.length - html.length;
          if (policy) policies.push(policy);
          writeFileSync(path.join(root, file), html);
        }
        if (policies.length === 0) throw new Error('security-headers: no page has a CSP <meta>; is security.csp on in astro.config.mjs?');
        writeFileSync(path.join(root, '_headers'), headersFile(unionPolicy(policies)));
        logger.info(
          `${site.pages.size} pages ${Math.round(bytesDropped / 1024)} KB lighter: CSS rules that match nothing on them, CSP hashes they do not use; wrote _headers`,
        );
      },
    },
  };
}
