/**
 * A small static server for dist/ (all regions at /<region>/), like a static host: trailing-slash
 * redirects, each region's own 404 page, correct types for every file. Used by preview and tests.
 * It only ever serves files inside its root: the decoded path is checked segment by segment, and
 * redirects are always to a path on this host.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync, type Stats } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
// no-cache, not no-store: like a real static host, so the browser's back/forward cache stays on in tests.
const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-cache' };

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The URL path as path segments, or undefined when it cannot name a file inside the root: dot segments,
 * encoded slashes or backslashes, NUL bytes and undecodable escapes are all refused.
 */
export function safeSegments(pathname: string): string[] | undefined {
  if (!pathname.startsWith('/') || pathname.startsWith('//')) return undefined;
  const segments: string[] = [];
  for (const raw of pathname.split('/').slice(1)) {
    let part: string;
    try {
      part = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (part === '.' || part === '..' || /[\\/\0]/.test(part)) return undefined;
    segments.push(part);
  }
  return segments;
}

export function startServer(rootDir: string, port = 0): Promise<Server> {
  const root = resolve(rootDir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...HEADERS }).end();
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0]!;
    const segments = safeSegments(pathname);
    const notFound = (region: string) => {
      const page = region ? join(root, region, '404.html') : '';
      res.writeHead(404, { 'Content-Type': TYPES['.html']!, ...HEADERS });
      if (req.method === 'HEAD') res.end();
      else if (page && statOf(page)?.isFile())
        createReadStream(page)
          .on('error', () => res.end())
          .pipe(res);
      else res.end('<!doctype html><html lang="nl"><title>Niet gevonden</title><h1>Niet gevonden</h1></html>');
    };
    if (!segments) {
      res.writeHead(400, HEADERS).end();
      return;
    }
    let path = join(root, ...segments);
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403, HEADERS).end();
      return;
    }
    const region = segments[0] ?? '';
    let stats = statOf(path);
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        // Always a path on this host: the pathname starts with a single slash (checked above).
        res.writeHead(301, { Location: `${pathname}/`, ...HEADERS }).end();
        return;
      }
      path = join(path, 'index.html');
      stats = statOf(path);
    }
    if (!stats?.isFile()) {
      notFound(region);
      return;
    }
    const stream = createReadStream(path);
    // A file removed between stat and read (a build swapping dist/) is a 404, not a crash.
    stream.on('error', () => (res.headersSent ? res.destroy() : notFound(region)));
    stream.once('open', () => {
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Length': stats.size, ...HEADERS });
      if (req.method === 'HEAD') {
        stream.destroy();
        res.end();
      } else stream.pipe(res);
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

export function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}
