/*
 * A lesson's quiz inside another site's page: a host page on a second origin frames the embed
 * page, served with the course's own security headers. The frame loads (only embed pages may
 * be framed), reports its height, and the quiz works by keyboard inside it; an ordinary page
 * refuses to be framed.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startSite } from './support.mjs';
import { LESSON_SLUGS } from './lesson-slugs.mjs';

let site;
let host;
before(async () => {
  site = await startSite();
  // The NGO's page: another origin (another port), an iframe, and the snippet's listener.
  const server = createServer((req, res) => {
    const src = new URL(req.url, 'http://x').searchParams.get('src');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>NGO</title><h1>Our page</h1>
      <iframe id="quiz" src="${site.url}${src}" title="quiz" style="width:100%;height:300px;border:0"></iframe>
      <script>
        window.heights = [];
        addEventListener('message', (e) => {
          if (e.origin !== '${site.url}' || e.data?.type !== 'second-look:height') return;
          window.heights.push(e.data.height);
          document.getElementById('quiz').style.height = e.data.height + 'px';
        });
      </script>`);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  host = { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
});
after(async () => {
  host?.close();
  await site?.close();
});

const slug = LESSON_SLUGS[0];

for (const [locale, prefix, dir] of [
  ['English', '', 'ltr'],
  ['Arabic', '/ar', 'rtl'],
]) {
  describe(`the embedded quiz in ${locale}`, () => {
    let page;
    before(async () => {
      page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${host.url}/?src=${prefix}/embed/${slug}/`);
    });
    after(async () => page.close());

    it('loads in the frame, without the site navigation, in its language', async () => {
      const frame = page.frameLocator('#quiz');
      await frame.locator('course-quiz').waitFor();
      assert.equal(await frame.locator('html').getAttribute('dir'), dir);
      assert.equal(await frame.locator('header.header').isVisible(), false);
      const back = frame.locator('.course-embed-back a');
      assert.equal(await back.getAttribute('href'), `${prefix}/lessons/${slug}/`);
    });

    it('tells the host page its height, so the frame fits the quiz', async () => {
      await page.waitForFunction(() => window.heights.length > 0);
      const height = await page.evaluate(() => window.heights.at(-1));
      assert.ok(height > 1000, `a whole quiz is taller than a phone screen (got ${height})`);
      const frameHeight = await page.locator('#quiz').evaluate((f) => f.offsetHeight);
      assert.equal(frameHeight, height);
    });

    it('checks an answer chosen with the keyboard inside the frame', async () => {
      const frame = page.frameLocator('#quiz');
      const first = frame.locator('.quiz-question').first();
      await first.locator('input').first().focus();
      await page.keyboard.press('Space');
      await first.locator('.quiz-check').focus();
      await page.keyboard.press('Enter');
      assert.match(await first.getAttribute('data-verdict'), /^(correct|incorrect)$/);
    });
  });
}

describe('framing is refused everywhere else', () => {
  it('a lesson page does not load inside another site', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${host.url}/?src=/lessons/${slug}/`);
    await page.waitForTimeout(1000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const loaded = await frame
      .evaluate(() => document.querySelector('main') !== null)
      .catch(() => false);
    assert.equal(loaded, false);
    await page.close();
  });
});
