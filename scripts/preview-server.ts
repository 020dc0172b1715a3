/**
 * Serves the build under test (OUT_DIR, else dist/) with Astro's own preview server, in this
 * process, on a port the system picks: the browser tests (Playwright's global setup, the
 * cross-engine tests) and the screenshot and Lighthouse scripts then always see this build. A
 * fixed port can be held by another server, showing another build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface PreviewServer {
  /** The origin it answers on, e.g. `http://127.0.0.1:40123`. */
  base: string;
  stop(): Promise<void>;
}

export async function startPreview(): Promise<PreviewServer> {
  const outDir = path.resolve(ROOT, process.env.OUT_DIR ?? 'dist');
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`preview: ${outDir} has no build: run npm run build first`);
  const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  return { base: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
