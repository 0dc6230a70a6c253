// npm run beheer            : writes the admin site (CMS) to dist/beheer/ without building the regions.
// npm run beheer -- --lokaal: also starts Decap's local backend (decap-server, git mode) on 127.0.0.1:8081
//                             for this repository and serves dist/ on PORT (4321): edit at
//                             http://localhost:4321/beheer/<regio>/ without a GitHub account. Each save is
//                             a branch cms/<collectie>/<slug> in this repository, as a pull request would be.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { writeAdminSite } from '../src/build/cms-site.ts';
import { portOf, startServer } from '../src/build/serve.ts';
import { DIST_DIR, ROOT, env } from '../src/build/settings.ts';

const local = process.argv.includes('--lokaal');
// decap-server switches branches in this working tree and commits everything in it ("git add ."): only on a clean tree.
if (local && execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim()) {
  console.error(
    '✖ Er zijn wijzigingen die nog niet gecommit zijn (git status). Het lokale beheer zou ze meenemen in zijn eigen commits.\n  Commit of bewaar ze eerst, of werk in een aparte kloon: git clone . ../beheer && cd ../beheer && npm install',
  );
  process.exit(1);
}
const out = writeAdminSite(DIST_DIR, local ? { localBackendUrl: 'http://localhost:8081/api/v1' } : {});
console.log(`✔ Beheer geschreven naar ${out}/`);
if (local) {
  const decap = spawn(process.execPath, [join(ROOT, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: ROOT, PORT: '8081', BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  const server = await startServer(DIST_DIR, Number(env('PORT') ?? 4321));
  console.log(`Open http://localhost:${portOf(server)}/beheer/ en kies uw regio; klik op Inloggen (Ctrl+C om te stoppen).`);
  const stop = () => {
    decap.kill();
    server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
