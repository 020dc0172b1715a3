/**
 * Global setup of the cross-engine tests: serves the build (OUT_DIR, else dist/) with Astro's own
 * preview server on a port the system picks, so the tests always see this build and never a server
 * someone else started.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../content.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function serve(project: TestProject): Promise<() => Promise<void>> {
  const outDir = path.resolve(ROOT, process.env.OUT_DIR ?? 'dist');
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`${outDir} has no build: run npm run build first`);
  const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  project.provide('baseURL', `http://127.0.0.1:${server.port}`);
  return () => server.stop();
}
