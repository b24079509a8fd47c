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
