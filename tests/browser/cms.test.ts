/**
 * The admin site end to end, in Chromium, against Decap's own local backend (decap-server in git mode) on a
 * throw-away git repository with a copy of one region: log in, change a begrip, add an organisation with a
 * phone number, move both through the editorial workflow and publish. The files change as expected, nothing
 * else in them changes, `npm run check` accepts the result, and a wrong phone number is refused in the form
 * with the check's own message. Screenshots for CONTRIBUTING.md go to docs/img/.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminRegions, writeAdminSite } from '../../src/build/cms-site.ts';
import { startServer } from '../../src/build/serve.ts';
import { launch } from '../helpers/browser.ts';
import { env } from '../../src/build/settings.ts';

const REGION = 'twente';
// The screenshots in CONTRIBUTING.md are renewed only on request (SCHERMAFBEELDINGEN=1), so a test run leaves the repository as it was.
const SHOTS_TO_DOCS = env('SCHERMAFBEELDINGEN') === '1';
const PHONE_MESSAGE = (input: string) =>
  `Ongeldig telefoonnummer "${input}". Verwacht een Nederlands nummer, bijvoorbeeld "0800-2000", "088-1234567" of "112".`;

let work: string;
let repo: string;
let decap: ChildProcess | undefined;
let web: Server | undefined;
let browser: Browser | undefined;
let page: Page;
let origin: string;

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
    s.on('error', fail);
  });
}

async function startDecapServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(process.cwd(), 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: {
      ...process.env,
      MODE: 'git',
      GIT_REPO_DIRECTORY: repo,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d));
  child.stderr!.on('data', (d: Buffer) => (log += d));
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"info"}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`decap-server start niet:\n${log}`);
}

/** A fresh page load for each entry, as an editor opening a link would get (a hash change alone keeps the old form). */
async function open(hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${origin}/beheer/${REGION}/#${hash}`);
}

/** Types into a field as an editor does: select what is there, type over it. */
async function type(label: string, value: string): Promise<void> {
  const input = field(label);
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(value);
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS_TO_DOCS ? join(process.cwd(), 'docs', 'img') : join(work, 'img'), name) });

/** A form field by its label; Decap adds "(optioneel)" to fields that are not required. */
const field = (label: string) => page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\(optioneel\\))?$`));

/** Decap's select fields are react-select: type the value and take it. */
async function choose(label: string, value: string): Promise<void> {
  const input = field(label);
  await input.click();
  await input.fill(value);
  await page.keyboard.press('Enter');
}

async function saveAndPublish(): Promise<void> {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('button', { name: /^Status: / }).waitFor();
  await page.getByRole('button', { name: /^Status: / }).click();
  await page.getByRole('menuitem', { name: 'Klaar' }).click();
  await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
  // Published: the workflow buttons give way to "Gepubliceerd".
  await page.getByRole('button', { name: /^Status: / }).waitFor({ state: 'detached', timeout: 30_000 });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'beheer-'));
  repo = join(work, 'repo');
  mkdirSync(join(repo, 'content'), { recursive: true });
  for (const region of [REGION, 'landelijk']) cpSync(join('content', region), join(repo, 'content', region), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'Begin');
  const port = await freePort();
  decap = await startDecapServer(port);
  const dist = join(work, 'dist');
  writeAdminSite(dist, { localBackendUrl: `http://127.0.0.1:${port}/api/v1` });
  web = await startServer(dist);
  origin = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
  page.setDefaultTimeout(10_000);
  // Decap asks "Weet u het zeker?" before publishing; an editor clicks OK.
  page.on('dialog', (dialog) => void dialog.accept());
  mkdirSync(SHOTS_TO_DOCS ? join(process.cwd(), 'docs', 'img') : join(work, 'img'), { recursive: true });
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    await page.screenshot({ path: join(work, `fout-${context.task.id}.png`), fullPage: true }).catch(() => undefined);
    console.log(await page.locator('[class*=rror] li, [class*=rror]').allInnerTexts());
  }
});

afterAll(async () => {
  await browser?.close();
  web?.close();
  decap?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('het beheer (Decap CMS) met de lokale git-backend', () => {
  const errors: string[] = [];

  it('laadt de gemaakte configuratie zonder fouten en logt in', async () => {
    // Decap rejects a save that the form refuses with no reason at all (an unhandled `undefined`); that is the refusal itself.
    page.on('pageerror', (e) => {
      if (e !== undefined && String(e) !== 'undefined') errors.push(`${expect.getState().currentTestName}: ${String(e)} ${e.stack ?? ''}`.slice(0, 600));
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon|404 \(Not Found\)/.test(m.text())) errors.push(`${m.text()} ${JSON.stringify(m.location())}`);
    });
    await page.goto(`${origin}/beheer/`);
    await page.getByRole('link', { name: /Twente/ }).waitFor();
    await page.goto(`${origin}/beheer/${REGION}/`);
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    await shot('cms-inloggen.png');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'Begrippen', exact: true }).waitFor();
    await shot('cms-overzicht.png');
    expect(errors).toEqual([]);
  });

  it('wijzigt de definitie van een begrip: alleen die regel verandert', async () => {
    const file = join(repo, 'content', REGION, 'begrippen', 'achterlating.md');
    const before = readFileSync(file, 'utf8');
    await open(`/collections/${REGION}-begrippen/entries/achterlating`);
    const definitie = field('Definitie');
    await definitie.waitFor();
    const nieuw = 'Iemand wordt tegen zijn of haar wil in het buitenland achtergelaten. Dat gebeurt vaak na een vakantie.';
    await definitie.fill(nieuw);
    await shot('cms-begrip.png');
    await saveAndPublish();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).not.toBe(before);
    const after = readFileSync(file, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual([`definitie: "${nieuw}"`]);
    expect(after.split('\n').length).toBe(before.split('\n').length);
  });

  it('weigert een fout telefoonnummer met de melding van de controle, en bewaart een goed nummer', async () => {
    await open(`/collections/${REGION}-organisaties/new`);
    await field('Naam').waitFor();
    await type('Naam', 'Wijkteam Test');
    await choose('Soort', 'hulpverlening');
    await type('Samenvatting', 'Het wijkteam helpt inwoners bij vragen over veiligheid thuis.');
    await type('Telefoon', '12345');
    await field('Laatst gecontroleerd').fill('2026-11-01');
    await type('Onderdeel', 'Hoofdstuk 4');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText(PHONE_MESSAGE('12345')).waitFor();
    await page.getByText(PHONE_MESSAGE('12345')).scrollIntoViewIfNeeded();
    await shot('cms-fout-telefoon.png');
    expect(git('branch', '--list', 'cms/*')).not.toMatch(/wijkteam-test/);

    await type('Telefoon', '053-4801234');
    await saveAndPublish();
    const file = join(repo, 'content', REGION, 'organisaties', 'wijkteam-test.md');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\nnaam: Wijkteam Test\n/);
    expect(text).toContain('soort: hulpverlening\n');
    expect(text).toContain('contact:\n  telefoon: "053-4801234"\n');
    expect(text).toContain('gecontroleerd: 2026-11-01\n');
    expect(text).toContain('bron:\n  onderdeel: Hoofdstuk 4\n');
  });

  it('laat de redactieflow zien: concept, ter beoordeling, klaar', async () => {
    await open(`/collections/${REGION}-begrippen/entries/casemanagement`);
    const definitie = field('Definitie');
    await definitie.waitFor();
    await definitie.fill(`${await definitie.inputValue()} Dit is een concept.`);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('button', { name: /^Status: / }).waitFor();
    await open('/workflow');
    await page.getByText('Casemanagement').first().waitFor();
    await shot('cms-werkstroom.png');
    // Saved, not published: the change waits on its own branch, as a pull request would on GitHub.
    expect(git('branch', '--list', 'cms/*')).toMatch(/cms\/twente-begrippen\/casemanagement/);
    expect(readFileSync(join(repo, 'content', REGION, 'begrippen', 'casemanagement.md'), 'utf8')).not.toContain('Dit is een concept.');
  });

  it.each(adminRegions())('laadt de configuratie van %s zonder fouten', async (region) => {
    const other = await browser!.newPage();
    const problems: string[] = [];
    other.on('pageerror', (e) => problems.push(String(e)));
    other.on('console', (m) => {
      if (m.type() === 'error' && !/favicon|404 \(Not Found\)/.test(m.text())) problems.push(m.text());
    });
    await other.goto(`${origin}/beheer/${region}/`);
    await other.getByRole('button', { name: 'Inloggen' }).waitFor({ timeout: 15_000 });
    expect(await other.getByText(/configuratie|config\.yml/i).count()).toBe(0);
    expect(problems).toEqual([]);
    await other.close();
  });

  it('de gepubliceerde bestanden komen door npm run check', () => {
    git('checkout', '-q', 'main');
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--region', REGION], {
      env: { ...process.env, CONTENT_DIR: join(repo, 'content') },
      encoding: 'utf8',
    });
    expect(result.stdout).toMatch(/— 0 fout\(en\)/);
    expect(result.status).toBe(0);
    expect(errors).toEqual([]);
  });
});
