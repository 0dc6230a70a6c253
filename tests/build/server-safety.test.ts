/** The preview and test server only ever serves files inside its root, and says so honestly. */
import { request, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portOf, startServer } from '../../src/build/serve.ts';

const work = mkdtempSync(join(tmpdir(), 'server-'));
const root = join(work, 'dist');
let server: Server;
let port = 0;

/** A raw request: the path is sent exactly as given, without the client normalising it. */
function raw(path: string, method = 'GET'): Promise<{ status: number; location?: string; type?: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, location: res.headers.location, type: res.headers['content-type'], body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(root, 'regio', 'map'), { recursive: true });
  writeFileSync(join(root, 'regio', 'index.html'), '<h1>regio</h1>');
  writeFileSync(join(root, 'regio', '404.html'), '<h1>Pagina niet gevonden</h1>');
  mkdirSync(join(work, 'dist-secret'), { recursive: true });
  writeFileSync(join(work, 'dist-secret', 'geheim.txt'), 'GEHEIM');
  writeFileSync(join(work, 'geheim.txt'), 'GEHEIM');
  for (const ext of ['webp', 'avif', 'jpg', 'ico', 'woff2', 'pdf']) writeFileSync(join(root, 'regio', `bestand.${ext}`), 'x');
  server = await startServer(root);
  port = portOf(server);
});
afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the preview server', () => {
  it('never reads outside its root, however the path is spelled', async () => {
    for (const path of [
      '/../geheim.txt',
      '/..%2fgeheim.txt',
      '/..%2Fdist-secret/geheim.txt',
      '/regio/..%2f..%2fgeheim.txt',
      '/%2e%2e/geheim.txt',
      '/regio/%2e%2e/%2e%2e/geheim.txt',
      '/..\\geheim.txt',
      '/regio/%5c..%5c..%5cgeheim.txt',
      '/regio/%00',
      '/%E0%A4%A',
    ]) {
      const r = await raw(path);
      expect(r.body, path).not.toContain('GEHEIM');
      expect([400, 403, 404], path).toContain(r.status);
    }
  });

  it('never redirects to another host', async () => {
    for (const path of ['//evil.example/regio', '//evil.example', '/regio/map', '///evil.example/x']) {
      const r = await raw(path);
      if (r.location) expect(r.location, path).toMatch(/^\/[^/\\]/);
    }
    expect((await raw('/regio/map')).location).toBe('/regio/map/');
  });

  it('answers unknown methods with 405 and serves the right types', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) expect((await raw('/regio/', method)).status, method).toBe(405);
    expect((await raw('/regio/', 'HEAD')).status).toBe(200);
    const types: Record<string, RegExp> = {
      webp: /image\/webp/,
      avif: /image\/avif/,
      jpg: /image\/jpeg/,
      ico: /image\/(x-icon|vnd\.microsoft\.icon)/,
      woff2: /font\/woff2/,
      pdf: /application\/pdf/,
    };
    for (const [ext, type] of Object.entries(types)) expect((await raw(`/regio/bestand.${ext}`)).type, ext).toMatch(type);
  });

  it("gives the region's own 404 page for a missing file, also one that vanishes", async () => {
    const r = await raw('/regio/weg.html');
    expect(r.status).toBe(404);
    expect(r.body).toContain('Pagina niet gevonden');
  });
});
