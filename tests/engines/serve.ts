/** Global setup of the cross-engine tests: serves the build on a port of its own (scripts/preview-server.ts). */
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function serve(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreview();
  project.provide('baseURL', server.base);
  return server.stop;
}
