/*
 * Adding a language is content plus one entry in src/i18n/locales.config.mjs. This builds the
 * one-lesson fixture course with French added that way (tests/fixtures/third-locale: a lesson,
 * its guide, its quiz, a glossary entry, a safeguarding text and some interface strings) and
 * reads the French site; then it breaks the French quiz and expects the parity check to name
 * the French file, as it does for Arabic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, ROOT, type FixtureBuild } from '../support/fixture-site';

const FRENCH_ENTRY =
  "  { code: 'fr', label: 'Français', dir: 'ltr', siteTitle: 'Second regard' },\n";

const withFrench = {
  // The one config entry.
  'src/i18n/locales.config.mjs': (text: string) => text.replace(/\n\]\);/, `\n${FRENCH_ENTRY}]);`),
  // The French interface table: the fixture translates a few strings; the rest are the English
  // ones, as a translator's first draft would be (the schema needs every key).
  'src/content/i18n/fr.json': (text: string) =>
    JSON.stringify({
      ...JSON.parse(readFileSync(join(ROOT, 'src/content/i18n/en.json'), 'utf8')),
      ...JSON.parse(text),
    }),
};

let site: FixtureBuild;
const page = (path: string) =>
  parseHTML(readFileSync(join(site.dist, path), 'utf8')).document as unknown as Document;

beforeAll(() => {
  site = buildFixture('third-locale', {
    fixtures: ['mini-course', 'third-locale'],
    edits: withFrench,
  });
  if (!site.ok) throw new Error(`the French fixture did not build:\n${site.output}`);
}, 300_000);
afterAll(() => site?.cleanUp());

describe('a third language added as content plus one config entry', () => {
  it('publishes the French lesson in French, with its own quiz', () => {
    const doc = page('fr/lessons/territory-to-timeline/index.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
    expect(doc.querySelector('h1')?.textContent).toBe('Leçon d’essai');
    expect(doc.querySelector('.lesson-meta')?.textContent).toContain('Leçon 1');
    expect(doc.querySelector('.quiz-prompt')?.textContent).toBe('Laquelle est juste ?');
    expect(doc.querySelector('.quiz-check')?.textContent?.trim()).toBe('Vérifier la réponse');
    expect(doc.querySelector('.lesson-guide-link a')?.getAttribute('href')).toBe(
      '/fr/teach/territory-to-timeline/',
    );
    const groups = [...doc.querySelectorAll('#starlight__sidebar details summary')];
    expect(groups.map((g) => g.textContent?.trim())).toContain('Leçons');
  });

  it('offers French in the language switcher of every language', () => {
    for (const path of [
      'lessons/territory-to-timeline/index.html',
      'ar/lessons/territory-to-timeline/index.html',
      'fr/lessons/territory-to-timeline/index.html',
    ]) {
      const switcher = page(path).querySelector('starlight-lang-select')!;
      const options = [...switcher.querySelectorAll('option')];
      expect(options.map((o) => o.getAttribute('value'))).toEqual([
        '/lessons/territory-to-timeline/',
        '/ar/lessons/territory-to-timeline/',
        '/fr/lessons/territory-to-timeline/',
      ]);
    }
  });

  it('gives the French lesson a short link, a teacher guide and the glossary', () => {
    const short = readFileSync(join(site.dist, 'fr/l/1/index.html'), 'utf8');
    expect(short).toContain('url=/fr/lessons/territory-to-timeline/');
    expect(short).toContain('lang="fr"');

    const guide = page('fr/teach/territory-to-timeline/index.html');
    expect(guide.querySelector('.guide-vocabulary dt a')?.textContent).toBe('Propagande');
    const others = [...guide.querySelectorAll('.guide-vocabulary .glossary-other')];
    expect(others.map((o) => [o.getAttribute('lang'), o.textContent?.trim()])).toEqual([
      ['en', '(Propaganda)'],
      ['ar', '(الدعاية)'],
    ]);
    expect(guide.querySelector('.guide-safeguarding h2')?.textContent).toBe(
      'Protection : pour chaque leçon',
    );

    // The glossary page has no French text yet: Starlight shows the English page, and the
    // component still lists the French terms and the French lesson.
    const glossary = page('fr/glossary/index.html');
    expect(glossary.querySelector('.glossary dt')?.textContent).toContain('Propagande');
    expect(glossary.querySelector('.glossary-lesson a')?.getAttribute('href')).toBe(
      '/fr/lessons/territory-to-timeline/',
    );
  });

  it('extends the parity checks to French', () => {
    const broken = buildFixture('third-locale-parity', {
      fixtures: ['mini-course', 'third-locale'],
      edits: {
        ...withFrench,
        // French marks "true" correct where the other languages mark "false".
        'src/content/quizzes/fr/territory-to-timeline.yaml': (text) =>
          text
            .replace(/(id: 'true'.*correct: )false/, '$1true')
            .replace(/(id: 'false'.*correct: )true/, '$1false'),
      },
    });
    broken.cleanUp();
    expect(broken.ok).toBe(false);
    expect(broken.output).toContain(
      'quiz "territory-to-timeline" (en/territory-to-timeline.yaml vs fr/territory-to-timeline.yaml), question "third": correct answers differ (English: false; French: true)',
    );
  }, 300_000);
});
