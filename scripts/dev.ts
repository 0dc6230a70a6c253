#!/usr/bin/env node
// npm run dev -- <region>   : Astro's dev server for one region (live reload while editing content).
// npm run preview [-- <region>] : serves the built dist/ (all regions) as a static host would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { listRegionFolders } from '../src/lib/regions.ts';

const [mode, regionArg] = process.argv.slice(2);
if (mode === 'preview') {
  const { startServer } = await import('./serve.mjs');
  const server = await startServer(join(process.cwd(), 'dist'), Number(process.env.PORT ?? 4321));
  const region = regionArg ?? process.env.REGION ?? listRegionFolders()[0];
  console.log(`Bekijk de site op http://localhost:${server.address().port}/${region ?? ''}/ (Ctrl+C om te stoppen)`);
} else {
  const region = regionArg ?? process.env.REGION ?? 'voorbeeld';
  console.log(`Ontwikkelserver voor regio ${region}…`);
  spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'dev'], { stdio: 'inherit', env: { ...process.env, REGION: region } });
}
