// npm run dev -- <region>      : Astro's dev server for one region (live reload while editing content),
//                                after the same content check the build runs.
// npm run preview [-- <region>]: serves the built dist/ (all regions) as a static host would.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { checkRegion, formatFindings } from '../src/build/content-check.ts';
import { listRegionFolders } from '../src/build/regions.ts';
import { CONTENT_DIR, DIST_DIR, ROOT, env } from '../src/build/settings.ts';
import { portOf, startServer } from '../src/build/serve.ts';
import { cleanLeftovers } from '../src/build/build.ts';

const [mode, regionArg] = process.argv.slice(2);
const port = Number(env('PORT') ?? 4321);

function portHint(error: NodeJS.ErrnoException): never {
  if (error.code === 'EADDRINUSE') console.error(`✖ Poort ${port} is al in gebruik. Kies een andere, bijvoorbeeld: PORT=4322 npm run ${mode}`);
  else console.error(`✖ De server start niet: ${error.message}`);
  process.exit(1);
}

if (mode === 'preview') {
  // Leftovers of an interrupted build are never served.
  cleanLeftovers();
  const server = await startServer(DIST_DIR, port).catch(portHint);
  server.on('error', portHint);
  const region = regionArg ?? env('REGION') ?? listRegionFolders()[0];
  console.log(`Bekijk de site op http://localhost:${portOf(server)}/${region ?? ''}/ (Ctrl+C om te stoppen)`);
} else {
  const region = regionArg ?? env('REGION') ?? 'voorbeeld';
  const findings = checkRegion(region);
  if (findings.length) console.log(`Inhoudscontrole voor ${region}:${formatFindings(findings)}`);
  if (findings.some((f) => f.level === 'fout')) {
    console.error('\n✖ Los eerst de fouten hierboven op; daarna start de ontwikkelserver.');
    process.exit(1);
  }
  // A port in use gets a Dutch hint instead of Astro quietly moving to another port.
  await new Promise<void>((done) => {
    const probe = createServer()
      .once('error', (error: NodeJS.ErrnoException) => portHint(error))
      .listen(port, '127.0.0.1', () => probe.close(() => done()));
  });
  console.log(`Ontwikkelserver voor regio ${region}…`);
  // The same check as the build, again after every change under content/, so editors see findings while they work.
  let timer: NodeJS.Timeout | undefined;
  watch(CONTENT_DIR, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const again = checkRegion(region);
      console.log(
        again.length ? `\nInhoudscontrole voor ${region}:${formatFindings(again)}` : `\n✔ Inhoudscontrole voor ${region}: geen fouten of waarschuwingen.`,
      );
    }, 300);
  });
  const astro = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, REGION: region },
  });
  // Stopping npm run dev stops Astro too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
  astro.on('exit', (code) => process.exit(code ?? 0));
}
