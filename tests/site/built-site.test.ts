/*
 * Checks on the built site in dist/ (built once per run by tests/setup/build-site.ts): what
 * a browser would receive, with no browser needed.
 */
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, loadPage, readBuilt } from './dist';
import { LESSON_SLUGS } from '../support/lesson-slugs';

const pages = builtPages();
const lessonPage = (locale: 'en' | 'ar', slug: string) =>
  `${locale === 'ar' ? 'ar/' : ''}lessons/${slug}/index.html`;

/** Is this URL (as written in the page) on another origin? */
const isExternal = (url: string) => /^(https?:)?\/\//i.test(url.trim());

describe('every built page', () => {
  it('exists in both languages at the same path', () => {
    const english = pages.filter((p) => !p.startsWith('ar/') && p !== '404.html');
    const missing = english.filter((p) => !pages.includes(`ar/${p}`));
    const extra = pages.filter((p) => p.startsWith('ar/') && !pages.includes(p.slice(3)));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(pages)('%s loads nothing from another origin', (path) => {
    const document = loadPage(path);
    const requested: string[] = [];
    const attributes: [string, string][] = [
      ['script[src]', 'src'],
      ['img[src]', 'src'],
      ['img[srcset]', 'srcset'],
      ['source[src]', 'src'],
      ['source[srcset]', 'srcset'],
      ['iframe[src]', 'src'],
      ['frame[src]', 'src'],
      ['video[src]', 'src'],
      ['video[poster]', 'poster'],
      ['audio[src]', 'src'],
      ['embed[src]', 'src'],
      ['object[data]', 'data'],
      ['track[src]', 'src'],
      ['input[src]', 'src'],
    ];
    for (const [selector, attribute] of attributes) {
      for (const element of document.querySelectorAll(selector))
        requested.push(element.getAttribute(attribute)!);
    }
    // <link> fetches for stylesheets, icons, fonts, preloads and manifests; not for canonical,
    // alternate or sitemap, which are addresses rather than downloads.
    for (const link of document.querySelectorAll('link[href]')) {
      const rel = link.getAttribute('rel') ?? '';
      if (
        /stylesheet|icon|preload|prefetch|modulepreload|manifest|dns-prefetch|preconnect/.test(rel)
      ) {
        requested.push(link.getAttribute('href')!);
      }
    }
    for (const style of document.querySelectorAll('style')) {
      for (const [, url] of style.textContent!.matchAll(/url\(\s*['"]?([^'")]+)/g))
        requested.push(url!);
    }
    for (const element of document.querySelectorAll('[style]')) {
      for (const [, url] of element.getAttribute('style')!.matchAll(/url\(\s*['"]?([^'")]+)/g))
        requested.push(url!);
    }
    expect(requested.filter(isExternal)).toEqual([]);
  });

  it('has stylesheets and scripts that load nothing from another origin', () => {
    const offenders = builtFiles()
      .filter((f) => /\.(css|js|mjs)$/.test(f))
      .flatMap((file) => {
        const text = readBuilt(file);
        const found = [
          ...[...text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)].map((m) => m[1]),
          ...[...text.matchAll(/@import\s+(?:url\()?\s*['"]?((?:https?:)?\/\/[^'")\s;]+)/g)].map(
            (m) => m[1],
          ),
          ...(file.endsWith('.js')
            ? [...text.matchAll(/\bimport\s*\(?\s*['"]((?:https?:)?\/\/[^'"]+)/g)].map((m) => m[1])
            : []),
        ];
        return found.map((url) => `${file}: ${url}`);
      });
    expect(offenders).toEqual([]);
  });

  it('sets no cookies and loads no analytics', () => {
    const offenders = builtFiles()
      .filter((f) => /\.(html|js)$/.test(f))
      .filter((f) =>
        /document\.cookie\s*=|google-analytics|googletagmanager|gtag\(|plausible|matomo/.test(
          readBuilt(f),
        ),
      );
    expect(offenders).toEqual([]);
  });

  it.each(pages.filter((p) => p.startsWith('ar/')))('%s is Arabic and right-to-left', (path) => {
    const html = loadPage(path).documentElement;
    expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it.each(pages.filter((p) => !p.startsWith('ar/')))('%s is English and left-to-right', (path) => {
    const html = loadPage(path).documentElement;
    expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });

  // Short links (/l/3/) are forwarding stubs, not pages to read; not-found pages have no twin.
  const readable = pages.filter((p) => !/(^|\/)404\.html$/.test(p) && !/^(ar\/)?l\//.test(p));
  it.each(readable)('%s has a language switcher', (path) => {
    const select = loadPage(path).querySelector('starlight-lang-select select');
    expect(select).not.toBeNull();
    const values = [...select!.querySelectorAll('option')].map((o) => o.getAttribute('value'));
    const englishPath = '/' + path.replace(/^ar\//, '').replace(/index\.html$/, '');
    expect(values).toEqual([englishPath, `/ar${englishPath}`]);
  });
});

describe('the Arabic font', () => {
  it('is served by the site itself', () => {
    const css = builtFiles()
      .filter((f) => f.endsWith('.css'))
      .map(readBuilt)
      .join('\n');
    const faces = [...css.matchAll(/@font-face\s*{[^}]*}/g)]
      .map((m) => m[0])
      .filter((f) => /Noto Naskh Arabic/.test(f));
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces)
      expect(face).toMatch(/url\(\/_astro\/naskh-(arabic|latin)-\d+\.[\w-]+\.woff2\)/);
  });
});

describe.each(['en', 'ar'] as const)('a lesson page in %s', (locale) => {
  const document = loadPage(lessonPage(locale, 'territory-to-timeline'));
  const content = document.querySelector('.sl-markdown-content')!;

  it('opens with the content note and the objectives, before the lesson text', () => {
    const first = content.firstElementChild!;
    expect(first.classList.contains('lesson-intro')).toBe(true);
    expect(first.querySelector('.lesson-content-note')!.textContent!.trim().length).toBeGreaterThan(
      20,
    );
    expect(first.querySelectorAll('.lesson-objectives li').length).toBeGreaterThan(1);
  });

  it('ends with the key points and the numbered sources', () => {
    const sections = [...content.querySelectorAll(':scope > section')].map((s) => s.className);
    expect(sections.slice(-2)).toEqual(['lesson-key-points', 'lesson-sources']);
    const sources = content.querySelectorAll('.lesson-sources ol > li');
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources)
      expect(source.querySelector('a')!.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('links to the next lesson', () => {
    const next = document.querySelector('.pagination-links a[rel="next"]');
    expect(next!.getAttribute('href')).toBe(
      `${locale === 'ar' ? '/ar' : ''}/lessons/propaganda-machine/`,
    );
  });

  it('renders its quiz as a worksheet: fieldsets, unchecked inputs, closed answers', () => {
    const quiz = document.querySelector('course-quiz')!;
    expect(quiz.getAttribute('data-lesson')).toBe('territory-to-timeline');
    const questions = quiz.querySelectorAll('.quiz-question');
    expect(questions.length).toBeGreaterThanOrEqual(6);
    for (const question of questions) {
      const fieldset = question.querySelector('fieldset')!;
      expect(fieldset.querySelector(':scope > legend')!.textContent!.trim()).not.toBe('');
      const inputs = fieldset.querySelectorAll('input');
      expect(inputs.length).toBeGreaterThanOrEqual(2);
      for (const input of inputs) {
        expect(input.hasAttribute('checked')).toBe(false);
        expect(input.closest('label')).not.toBeNull();
      }
      const answer = question.querySelector('details.quiz-answer')!;
      expect(answer.hasAttribute('open')).toBe(false);
      expect(answer.querySelectorAll('[data-correct]').length).toBeGreaterThanOrEqual(1);
      expect(answer.querySelectorAll('.quiz-option-feedback').length).toBe(inputs.length);
      // The check button shows once the script defines <course-quiz> (course.css hides it
      // until then; the no-JavaScript browser test sees none); the feedback waits, hidden.
      expect(question.querySelector('button.quiz-check')).not.toBeNull();
      expect(question.querySelector('.quiz-feedback')!.hasAttribute('hidden')).toBe(true);
    }
    expect(quiz.querySelector('[aria-live="polite"]')).not.toBeNull();
  });
});

describe.each(['en', 'ar'] as const)('the home page in %s', (locale) => {
  const document = loadPage(locale === 'ar' ? 'ar/index.html' : 'index.html');
  it('shows three ways in and the course map in order', () => {
    expect(document.querySelectorAll('.card').length).toBe(3);
    const links = [...document.querySelectorAll('.course-map a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(
      LESSON_SLUGS.map((slug) => `${locale === 'ar' ? '/ar' : ''}/lessons/${slug}/`),
    );
  });
});

describe.each(['en', 'ar'] as const)('the progress page in %s', (locale) => {
  const document = loadPage(locale === 'ar' ? 'ar/progress/index.html' : 'progress/index.html');
  it('lists every lesson with a status cell, and says what it needs without JavaScript', () => {
    const rows = [...document.querySelectorAll('course-progress tr[data-lesson]')];
    expect(rows.map((r) => r.getAttribute('data-lesson'))).toEqual(LESSON_SLUGS);
    expect(document.querySelector('course-progress noscript')).not.toBeNull();
  });
});
