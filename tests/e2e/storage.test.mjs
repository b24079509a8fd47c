/*
 * Saved progress that is blocked, corrupted or from a newer version never breaks a page:
 * the quiz keeps working and the learner is told, in words, what happened.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { wcagViolations } from './axe.mjs';
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
      if (/Quiz\.astro_|ProgressPage\.astro_|progress-|lesson-records/.test(e.stack ?? ''))
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
      localStorage.getItem(
        Object.keys(localStorage).find((key) => key.startsWith('second-look:progress:backup:')),
      ),
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
    await page.waitForFunction(() => localStorage.getItem('second-look:progress'));
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

/** A stored record as the quiz writes it. */
function record(overrides = {}) {
  const at = '2026-11-20T10:00:00.000Z';
  return {
    status: 'completed',
    bestScore: 6,
    bestOf: 7,
    lastScore: 6,
    maxScore: 7,
    lastAnswers: {},
    firstAttemptAt: at,
    lastAttemptAt: at,
    completedAt: at,
    ...overrides,
  };
}
const stored = (lessons) => JSON.stringify({ format: 'second-look-progress', version: 2, lessons });
const backupKeys = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('second-look:progress:backup:')),
  );
const statusOf = async (page, lesson) =>
  (await page.locator(`tr[data-lesson="${lesson}"] .progress-status`).textContent()).trim();

describe('stored data is checked', () => {
  it('records named __proto__ or constructor, and absurd dates, do not break the page', async () => {
    const text = `{"format":"second-look-progress","version":2,"lessons":{"__proto__":${JSON.stringify(
      record(),
    )},"constructor":${JSON.stringify(record())},"propaganda-machine":${JSON.stringify(
      record({ lastAttemptAt: '9999-01-01T00:00:00.000Z' }),
    )},"hydra-problem":${JSON.stringify(record())}}}`;
    const context = await withStoredProgress(text);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url + '/progress/');
    await textOf(page, '.progress-messages', /Some saved lesson records were damaged/);
    assert.equal(await page.locator('.progress-actions').isVisible(), true);
    assert.equal(await statusOf(page, 'hydra-problem'), 'Completed');
    assert.equal(await statusOf(page, 'propaganda-machine'), 'Not started');
    assert.equal(await page.locator('tr[data-lesson="constructor"]').count(), 0);
    const saved = await page.evaluate(() =>
      Object.keys(JSON.parse(localStorage.getItem('second-look:progress')).lessons),
    );
    assert.deepEqual(saved, ['hydra-problem']);
    assert.equal((await backupKeys(page)).length, 1, 'the original is kept as a backup');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a record earned on a longer quiz is kept, shown against that quiz', async () => {
    const questions = await (async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(site.url + LESSON);
      const count = await page.locator('course-quiz .quiz-question').count();
      await context.close();
      return count;
    })();
    const longer = questions + 1;
    const context = await withStoredProgress(
      stored({
        'territory-to-timeline': record({
          bestScore: longer,
          bestOf: longer,
          lastScore: longer,
          maxScore: longer,
        }),
      }),
    );
    const page = await context.newPage();
    await checkFirstAnswer(page);
    await page.waitForFunction(
      (n) =>
        JSON.parse(localStorage.getItem('second-look:progress')).lessons['territory-to-timeline']
          .maxScore === n,
      questions,
    );
    await page.goto(site.url + '/progress/');
    const score = page.locator('tr[data-lesson="territory-to-timeline"] .progress-score');
    await textOf(page, 'tr[data-lesson="territory-to-timeline"] .progress-score', /\//);
    assert.equal(
      (await score.textContent()).trim(),
      `${longer} / ${longer} on an earlier version of the quiz`,
    );
    assert.equal(
      await score.locator('.progress-score-note').textContent(),
      'on an earlier version of the quiz',
    );
    assert.equal(await statusOf(page, 'territory-to-timeline'), 'Completed');
    await context.close();
  });
});

describe('backups and reset', () => {
  it('a second incident keeps the first backup, and the lesson page says it set data aside', async () => {
    const context = await withStoredProgress('first damaged data');
    const page = await context.newPage();
    await page.goto(site.url + '/progress/');
    await textOf(page, '.progress-messages', /could not be read/);
    await page.evaluate(() => localStorage.setItem('second-look:progress', 'second damaged data'));
    const item = await checkFirstAnswer(page);
    await textOf(page, '.quiz-notice', /could not be read\. A copy was kept/);
    assert.ok(['correct', 'incorrect'].includes(await item.getAttribute('data-verdict')));
    const texts = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('second-look:progress:backup:'))
        .map((key) => localStorage.getItem(key))
        .sort(),
    );
    assert.deepEqual(texts, ['first damaged data', 'second damaged data']);
    await page.goto(site.url + '/progress/');
    assert.equal(await page.locator('.progress-backups-list li').count(), 2);
    await context.close();
  });

  it('reset keeps a copy that can be brought back; deleting everything leaves nothing', async () => {
    const context = await withStoredProgress(stored({ 'hydra-problem': record() }));
    const page = await context.newPage();
    page.on('dialog', (dialog) => dialog.accept());
    await page.goto(site.url + '/progress/');
    assert.equal(await page.locator('.progress-backups').isVisible(), false);
    await page.locator('.progress-reset').click();
    await textOf(page, '.progress-messages', /has been reset\. A copy is kept/);
    assert.equal(await statusOf(page, 'hydra-problem'), 'Not started');
    const copy = page.locator('.progress-backups-list li');
    assert.equal(await copy.count(), 1);
    assert.match(await copy.textContent(), /kept when you reset your progress/);

    await copy.locator('button', { hasText: 'Bring this copy back' }).click();
    await textOf(page, '.progress-messages', /combined with your progress/);
    assert.equal(await statusOf(page, 'hydra-problem'), 'Completed');

    await page.locator('.progress-delete-all').click();
    await textOf(page, '.progress-messages', /every copy of it have been deleted/);
    assert.equal(await statusOf(page, 'hydra-problem'), 'Not started');
    assert.equal(await page.locator('.progress-backups').isVisible(), false);
    assert.deepEqual(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('second-look:progress')),
      ),
      [],
    );
    await context.close();
  });

  it('an import file too large to be ours is refused before it is read', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/progress/');
    await page.locator('.progress-import').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(6 * 1024 * 1024, ' '),
    });
    await textOf(page, '.progress-messages', /too large/);
    assert.equal(await page.evaluate(() => localStorage.getItem('second-look:progress')), null);
    await context.close();
  });
});

describe('the progress page with records, notices and copies', () => {
  for (const [path, scheme] of [
    ['/progress/', 'light'],
    ['/ar/progress/', 'dark'],
  ]) {
    it(`has no accessibility violations at 360 px (${path}, ${scheme})`, async () => {
      const context = await site.browser.newContext({
        viewport: { width: 360, height: 740 },
        colorScheme: scheme,
      });
      await context.addInitScript(
        (text) => {
          if (sessionStorage.getItem('seeded')) return;
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem('second-look:progress:backup:2026-11-21T09:30:00.000Z/reset', '{}');
          localStorage.setItem('second-look:progress', text);
        },
        stored({ 'hydra-problem': record({ bestOf: 99, bestScore: 9 }), 'propaganda-machine': 5 }),
      );
      const page = await context.newPage();
      await page.goto(site.url + path);
      await page.locator('.progress-backups-list li').first().waitFor();
      await page.locator('.progress-score-note').first().waitFor();
      assert.deepEqual(await wcagViolations(page), []);
      await context.close();
    });
  }
});
