/**
 * Global setup of the Playwright suite: serves the build on a port of its own
 * (scripts/preview-server.ts) and hands its address to the workers, which start after this and
 * inherit the environment (playwright.config.ts reads it as `baseURL`).
 */
import { startPreview } from '../../scripts/preview-server.ts';

export default async function serve(): Promise<() => Promise<void>> {
  const server = await startPreview();
  process.env.PREVIEW_URL = server.base;
  return server.stop;
}
