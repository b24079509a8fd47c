/*
 * The tests read the site `npm run build` ships: a production build whose search works. A build
 * started from inside Vitest used to inherit NODE_ENV=test and render Starlight's development
 * placeholder instead of search, and then stay in dist/ for anyone to deploy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, localePrefix } from '../../src/i18n/locales';
import { DEV_SEARCH_PLACEHOLDER } from '../support/production';
import { DIST, builtPages, loadPage, readBuilt } from './dist';

describe('the built site is a production build', () => {
  it('has no page with the development-only search placeholder', () => {
    const placeholders = builtPages().filter((page) =>
      readBuilt(page).includes(DEV_SEARCH_PLACEHOLDER),
    );
    expect(placeholders).toEqual([]);
  });

  it.each(LOCALES)('offers Pagefind search on the home page in %s', (locale) => {
    const home = loadPage(join(localePrefix(locale).slice(1), 'index.html'));
    expect(home.querySelector('site-search #starlight__search')).not.toBeNull();
    expect(home.querySelector('site-search dialog')).not.toBeNull();
  });

  it('ships the search index and the Pagefind UI for every language', () => {
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind.js'])
      expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
  });
});
