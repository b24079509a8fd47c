/*
 * Saved progress that is blocked, corrupted or from a newer version never breaks a page:
 * the quiz keeps working and the learner is told, in words, what happened.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LESSON, startSite, textOf } from './support.mjs';
import { LESSON_COUNT, ui } from './course-data.mjs';

let site;

/** Open the pilot lesson and check an answer to its first question. */
async function checkFirstAnswer(page) {
  await page.goto(site.url + LESSON);
  const first = page.locator('.quiz-question').first();
  await first.locator('input').first().check();
  await first.locator('.quiz-check').click();
  return first;
}

before(async () => (site = await startSite()));
after(async () => site?.close());

async function withStoredProgress(value) {
  const context = await site.browser.newContext();
  await context.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('second-look:progress', stored);
      sessionStorage.setItem('seeded', '1');
    }
  }, value);
  return context;
}

describe('blocked storage', () => {
  it('leaves the quiz working and says progress is not saved', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    // Starlight's own theme script also meets the blocked storage; only our scripts are judged.
    const errors = [];
    page.on('pageerror', (e) => {
      if (/Quiz\.astro_|ProgressPage\.astro_|progress-store/.test(e.stack ?? ''))
        errors.push(e.message);
    });
    const first = await checkFirstAnswer(page);
    const notice = page.locator('.quiz-notice');
    assert.equal(await notice.isVisible(), true);
    assert.equal((await notice.textContent()).trim(), ui('en', 'quiz.notSaved'));
    assert.ok(['correct', 'incorrect'].includes(await first.getAttribute('data-verdict')));

    await page.goto(site.url + '/progress/');
    assert.ok(
      (await textOf(page, '.progress-messages', ui('en', 'progress.noticeBlocked'))).includes(
        ui('en', 'progress.noticeBlocked'),
      ),
    );
    assert.equal(await page.locator('tr[data-lesson]').count(), LESSON_COUNT);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('corrupted progress', () => {
  it('is reset with a notice on the progress page, and the lessons stay listed', async () => {
    const context = await withStoredProgress(
      '{"format":"second-look-progress","version":1,"lessons":{"territory-',
    );
    const page = await context.newPage();
    await page.goto(site.url + '/ar/progress/');
    assert.ok(
      (await textOf(page, '.progress-messages', ui('ar', 'progress.noticeUnreadable'))).includes(
        ui('ar', 'progress.noticeUnreadable'),
      ),
    );
    assert.equal(await page.locator('tr[data-lesson]').count(), LESSON_COUNT);
    const backup = await page.evaluate(() =>
      localStorage.getItem('second-look:progress:unreadable'),
    );
    assert.ok(backup.startsWith('{"format"'), 'the unreadable data is kept aside');
    await context.close();
  });

  it('resets only the damaged lesson record', async () => {
    const good = {
      status: 'completed',
      bestScore: 6,
      lastScore: 6,
      maxScore: 7,
      lastAnswers: {},
      firstAttemptAt: '2026-11-20T10:00:00.000Z',
      lastAttemptAt: '2026-11-20T10:00:00.000Z',
      completedAt: '2026-11-20T10:00:00.000Z',
    };
    const context = await withStoredProgress(
      JSON.stringify({
        format: 'second-look-progress',
        version: 1,
        lessons: {
          'propaganda-machine': good,
          'hydra-problem': { status: 'completed', bestScore: 'lots' },
        },
      }),
    );
    const page = await context.newPage();
    await page.goto(site.url + '/progress/');
    assert.ok(
      (await textOf(page, '.progress-messages', ui('en', 'progress.noticeEntriesReset'))).includes(
        ui('en', 'progress.noticeEntriesReset'),
      ),
    );
    assert.equal(
      (
        await page.locator('tr[data-lesson="propaganda-machine"] .progress-status').textContent()
      ).trim(),
      ui('en', 'progress.completed'),
    );
    assert.equal(
      (await page.locator('tr[data-lesson="hydra-problem"] .progress-status').textContent()).trim(),
      ui('en', 'progress.notStarted'),
    );
    await context.close();
  });

  it('from a newer version is left untouched', async () => {
    const newer = JSON.stringify({
      format: 'second-look-progress',
      version: 9,
      lessons: { x: { y: 1 } },
    });
    const context = await withStoredProgress(newer);
    const page = await context.newPage();
    await checkFirstAnswer(page);
    await page.goto(site.url + '/progress/');
    const newerNotice = ui('en', 'progress.noticeNewer');
    assert.ok((await textOf(page, '.progress-messages', newerNotice)).includes(newerNotice));
    assert.equal(await page.evaluate(() => localStorage.getItem('second-look:progress')), newer);
    await context.close();
  });
});

describe('importing a progress file', () => {
  it('refuses a file that is not ours and changes nothing', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/progress/');
    await page.locator('.progress-import').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"playlist": ["a", "b"]}'),
    });
    assert.ok(
      (await textOf(page, '.progress-messages', ui('en', 'progress.importForeign'))).includes(
        ui('en', 'progress.importForeign'),
      ),
    );
    assert.equal(await page.evaluate(() => localStorage.getItem('second-look:progress')), null);
    await context.close();
  });

  it('exports a file that imports back on another device', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await checkFirstAnswer(page);
    await page.goto(site.url + '/progress/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.progress-export').click(),
    ]);
    const exported = await (await download.createReadStream()).toArray();
    await context.close();

    const other = await site.browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(site.url + '/progress/');
    await fresh.locator('.progress-import').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.concat(exported),
    });
    const loaded = ui('en', 'progress.imported');
    assert.ok((await textOf(fresh, '.progress-messages', loaded)).includes(loaded));
    assert.equal(
      (
        await fresh
          .locator('tr[data-lesson="territory-to-timeline"] .progress-status')
          .textContent()
      ).trim(),
      ui('en', 'progress.attempted'),
    );
    await other.close();
  });
});
