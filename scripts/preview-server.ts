/**
 * Serves the current build (dist/) with `astro preview` for the scripts that look at it
 * (screenshots, Lighthouse). Astro runs as a direct child, so stopping it stops the server, and a
 * port that already answers is an error: another server there would show another build.
 */
import { spawn } from 'node:child_process';

export interface PreviewServer {
  base: string;
  stop(): void;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export async function startPreview(port: number, timeoutMs = 30_000): Promise<PreviewServer> {
  const base = `http://127.0.0.1:${port}`;
  if (await answers(`${base}/`)) throw new Error(`preview: something already answers on port ${port}; stop it or choose another port`);
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    { stdio: 'ignore' },
  );
  const stop = () => {
    server.kill();
  };
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return { base, stop };
      stop();
      throw new Error(`preview: ${base}/ answered ${response.status}; is the site built (npm run build)?`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('preview:')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  stop();
  throw new Error(`preview: ${base}/ did not answer within ${timeoutMs / 1000} s`);
}
