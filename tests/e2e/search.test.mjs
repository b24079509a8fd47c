/* Site search (Pagefind) works offline from the site's own files, in Arabic as in English. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSite } from './support.mjs';

let site;
before(async () => (site = await startSite()));
after(async () => site?.close());

async function search(prefix, query) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const external = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(site.url)) external.push(r.url());
  });
  await page.goto(`${site.url}${prefix}/`);
  await page.locator('button[data-open-modal]').click();
  await page.locator('dialog input[type="search"], dialog input').first().fill(query);
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
  const links = await page.$$eval('.pagefind-ui__result-link', (as) =>
    as.map((a) => new URL(a.href).pathname),
  );
  await context.close();
  return { links, external };
}

describe('search', () => {
  it('finds the right lesson for an Arabic word, among Arabic pages only', async () => {
    const { links, external } = await search('/ar', 'الباغوز');
    assert.ok(links.includes('/ar/lessons/territory-to-timeline/'), links.join(', '));
    assert.ok(
      links.every((link) => link.startsWith('/ar/')),
      links.join(', '),
    );
    assert.deepEqual(external, []);
  });

  it('finds the right lesson for an English word', async () => {
    const { links } = await search('', 'swarmcast');
    assert.ok(links.includes('/lessons/propaganda-machine/'), links.join(', '));
    assert.ok(
      links.every((link) => !link.startsWith('/ar/')),
      links.join(', '),
    );
  });
});

describe('search in Arabic on a 360 px phone', () => {
  async function openSearch(query) {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/ar/`);
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog input').first().fill(query);
    return { context, page };
  }

  it('says how many results it found, in Arabic', async () => {
    const { context, page } = await openSearch('الباغوز');
    const message = await page
      .locator('.pagefind-ui__message', { hasText: /\d/ })
      .first()
      .textContent({ timeout: 10_000 });
    assert.match(message, /^نتيجة واحدة|^نتائج البحث عن «الباغوز»: \d+$/);
    await page.locator('dialog input').first().fill('zzqqxx');
    await page.locator('.pagefind-ui__message', { hasText: 'لا نتائج' }).waitFor();
    await context.close();
  });

  it('keeps the magnifier inside the field, clear of «إلغاء» and of the clear button', async () => {
    const { context, page } = await openSearch('داعش');
    await page.locator('.pagefind-ui__search-clear').waitFor();
    const boxes = await page.evaluate(() => {
      const rect = (el) => el.getBoundingClientRect().toJSON();
      const form = document.querySelector('.pagefind-ui__form');
      const icon = getComputedStyle(form, '::before');
      const formBox = form.getBoundingClientRect();
      const left = formBox.left + parseFloat(icon.left);
      const top = formBox.top + parseFloat(icon.top);
      return {
        icon: {
          left,
          right: left + parseFloat(icon.width),
          top,
          bottom: top + parseFloat(icon.height),
        },
        input: rect(document.querySelector('.pagefind-ui__search-input')),
        clear: rect(document.querySelector('.pagefind-ui__search-clear')),
        cancel: rect(document.querySelector('button[data-close-modal]')),
      };
    });
    const overlaps = (a, b) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    assert.ok(!overlaps(boxes.icon, boxes.cancel), JSON.stringify(boxes));
    assert.ok(!overlaps(boxes.icon, boxes.clear), JSON.stringify(boxes));
    assert.ok(boxes.icon.left >= boxes.input.left && boxes.icon.right <= boxes.input.right);
    await context.close();
  });
});
