#!/usr/bin/env node
// A small static server for dist/ (all regions at /<region>/), like a static host: trailing-slash
// redirects, each region's own 404 page, correct types for Pagefind's files. Used by preview and tests.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' };

export function startServer(root, port = 0) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/`, ...HEADERS }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      const region = url.pathname.split('/')[1] ?? '';
      const notFound = join(root, region, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'], ...HEADERS });
      if (region && existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('<!doctype html><html lang="nl"><title>Niet gevonden</title><h1>Niet gevonden</h1></html>');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...HEADERS });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = normalize(process.argv[2] ?? join(process.cwd(), 'dist')) + sep;
  const port = Number(process.env.PORT ?? 4321);
  const server = await startServer(root.replace(/\/$/, ''), port);
  console.log(`Bekijk de sites op http://localhost:${server.address().port}/ (Ctrl+C om te stoppen)`);
}
