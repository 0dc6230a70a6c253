/**
 * Which Chromium the browser tests and the benchmark drive: CHROMIUM_PATH, else the system's, else the one
 * npm installs with the project (@sparticuz/chromium ships its binary inside the registry package, so a bare
 * machine with only Node and npm still runs every browser test). Never a browser downloaded from elsewhere.
 */
import { existsSync } from 'node:fs';
import { env } from './settings.ts';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a headless, offline, throw-away browser: no sandbox (root in CI), no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-zygote',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

let found: Promise<{ path: string; source: string }> | undefined;

export function findChromium(): Promise<{ path: string; source: string }> {
  found ??= (async () => {
    const configured = env('CHROMIUM_PATH');
    if (configured) return { path: configured, source: 'CHROMIUM_PATH' };
    const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
    if (system) return { path: system, source: 'systeem' };
    // Unpacks once into the temp folder (about 2 s), then reuses it.
    const { default: packaged } = await import('@sparticuz/chromium');
    return { path: await packaged.executablePath(), source: '@sparticuz/chromium (npm)' };
  })();
  return found;
}
