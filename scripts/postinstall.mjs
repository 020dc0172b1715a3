/**
 * Runs after `npm install` and `npm ci` (the root package's `postinstall`): checks that the
 * project's own Node is in place, and completes the install when npm itself ran on another Node.
 *
 * npm puts node_modules/.bin first on PATH for every script, so `node` here, as in `npm start` and
 * `npm test`, is the binary of the `node` package pinned in devDependencies. npm itself runs on
 * the machine's Node (18, 20, ...), and it leaves out optional platform packages whose `engines`
 * exclude that Node, although they will run on the project's: on Node 18 the native bindings of
 * Rolldown, Astro's compiler and Tailwind. So when npm's Node is not the project's, this runs
 * `npm install` once more with npm on the project's Node, which adds exactly those packages
 * (`--no-save`: package.json and package-lock.json stay as they are).
 *
 * Plain JavaScript, not TypeScript: when the `node` package did not install, this runs on the
 * machine's Node, which may not run TypeScript, and must still say what went wrong.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pinned = pkg.devDependencies.node;
const here = process.versions.node;

if (here !== pinned) {
  if (/\bdev\b/.test(process.env.npm_config_omit ?? '')) {
    console.log(`postinstall: dev dependencies omitted, so no project Node ${pinned}; scripts run on Node ${here}.`);
    process.exit(0);
  }
  console.error(
    `postinstall: expected the project's Node ${pinned} (node_modules/.bin/node, from the "node" package) but scripts run on Node ${here}: ` +
      `the "node" package's install script did not run (npm run with --ignore-scripts, or "node" not allowed in "allowScripts" in package.json). ` +
      `Allow it and run "npm rebuild node".`,
  );
  process.exit(1);
}

const npmNode = process.env.npm_node_execpath;
const npmCli = process.env.npm_execpath;
if (!npmNode || !npmCli || process.env.BRIEFING_POSTINSTALL_AGAIN) process.exit(0);

const npmNodeVersion = spawnSync(npmNode, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout?.trim();
if (!npmNodeVersion || npmNodeVersion === pinned) process.exit(0);

console.log(
  `postinstall: npm ran on Node ${npmNodeVersion}; this project's scripts run on its own Node ${pinned} (node_modules/.bin/node), ` +
    `so any "EBADENGINE" warnings about Node ${npmNodeVersion} do not apply. Installing once more with npm on Node ${pinned}, ` +
    `which adds any platform package npm left out for Node ${npmNodeVersion}.`,
);
const again = spawnSync(process.execPath, [npmCli, 'install', '--no-save', '--no-audit', '--no-fund'], {
  stdio: 'inherit',
  env: { ...process.env, BRIEFING_POSTINSTALL_AGAIN: '1' },
});
process.exit(again.status ?? 1);
