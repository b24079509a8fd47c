/*
 * The folder for a classroom computer: `npm run package:offline` zips dist/ with a server and a
 * README; the zip is unpacked into a temporary folder and served the two ways the README gives
 * (`node serve.mjs`, `python3 -m http.server … --directory site`), and a learner opens a lesson
 * and answers its quiz by keyboard in Chromium, in English and in Arabic.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { launchBrowser } from './browser.mjs';
import { LESSON, answerQuizByKeyboard } from './support.mjs';
import { packageFolder } from '../../scripts/offline/package-folder.mjs';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'tests/.tmp/offline-folder');
const FOLDER = join(OUT, 'unzipped/second-look');

let browser;
const servers = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Start `command` in the unpacked folder and wait until `url` answers. */
async function serve(command, args, url) {
  const child = spawn(command, args, { cwd: FOLDER, stdio: 'ignore' });
  servers.push(child);
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${command} ${args.join(' ')} did not serve ${url}`);
}

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const { file } = packageFolder({ dist: join(ROOT, 'dist'), outDir: OUT, base: '/' });
  for (const [path, data] of Object.entries(unzipSync(readFileSync(file)))) {
    if (path.endsWith('/')) continue;
    const target = join(OUT, 'unzipped', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const child of servers) child.kill();
  rmSync(OUT, { recursive: true, force: true });
});

async function takeQuiz(url, prefix) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const failures = [];
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(url)) failures.push(`another origin: ${r.url()}`);
  });
  await page.goto(`${url}${prefix}${LESSON}`);
  assert.equal(await page.evaluate(() => document.documentElement.dir), prefix ? 'rtl' : 'ltr');
  const questions = await answerQuizByKeyboard(page);
  const score = await page.locator('.quiz-score').textContent();
  assert.match(score, new RegExp(`${questions.length}\\D+${questions.length}`));
  // The search index is in the folder too.
  assert.equal((await page.request.get(`${url}/pagefind/pagefind.js`)).status(), 200);
  assert.deepEqual(failures, []);
  await context.close();
}

describe('the offline folder (npm run package:offline)', () => {
  it('holds the site, serve.mjs and a README with the commands for every system', () => {
    const readme = readFileSync(join(FOLDER, 'README.txt'), 'utf8');
    for (const command of [
      'node serve.mjs',
      'py -m http.server 8080 --directory site',
      'python3 -m http.server 8080 --directory site',
    ]) {
      assert.ok(readme.includes(command), `the README gives "${command}"`);
    }
    assert.ok(readFileSync(join(FOLDER, 'site/index.html'), 'utf8').includes('<html'));
  });

  it('serves with "node serve.mjs": a lesson and its quiz, in both languages', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    await serve(process.execPath, ['serve.mjs', '--port', String(port), '--local'], url);
    await takeQuiz(url, '');
    await takeQuiz(url, '/ar');
    // A missing page gets the course's "not found" page in its language, with status 404.
    const missing = await fetch(`${url}/ar/no-such-page/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<html lang="ar" dir="rtl"/);
  });

  it('serves with "python3 -m http.server --directory site"', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    await serve(
      'python3',
      ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'site'],
      url,
    );
    await takeQuiz(url, '/ar');
  });
});
