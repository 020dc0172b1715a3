// html-validate configuration: `npm run validate:html` checks every page in dist/.
import { defineConfig } from 'html-validate';
import briefing from './scripts/html-validate-plugin.ts';

export default defineConfig({
  plugins: [briefing],
  extends: ['html-validate:recommended'],
  rules: {
    // The comparison table repeats its native roles (table, row, cell, ...) on purpose: on a phone
    // its rows are display:block, and some browsers (Safari) then drop the table semantics.
    'no-redundant-role': 'off',
    // Page titles carry the takeaway's full heading plus the site name; we prefer complete over short.
    'long-title': 'off',
    'briefing/no-raw-space-in-url': 'error',
  },
});
