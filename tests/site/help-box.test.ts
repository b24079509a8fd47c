/*
 * The "If this is happening to you" box as a browser receives it: on lessons 5 and 10 and on
 * About and safety, in both languages, with real links and no blanks.
 */
import { describe, expect, it } from 'vitest';
import { loadPage } from './dist';

const pages = ['lessons/post-to-private-chat', 'lessons/what-you-can-do', 'about'].flatMap(
  (path) => [`${path}/index.html`, `ar/${path}/index.html`],
);

describe('the help box', () => {
  it.each(pages)('%s shows it once, with its title, steps and links', (path) => {
    const document = loadPage(path);
    const boxes = document.querySelectorAll('.help-box[role="group"]');
    expect(boxes.length).toBe(1);
    const box = boxes[0]!;
    const title = box.querySelector('.help-box-title')?.textContent?.trim();
    expect(title).toMatch(/^(If this is happening to you|إذا كان هذا يحدث لك)$/);
    expect(box.getAttribute('aria-label')).toBe(title);
    expect(box.querySelectorAll('ol > li').length).toBeGreaterThanOrEqual(3);
    const links = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://childhelplineinternational.org/helplines/');
    expect(links).toContain('https://findahelpline.com/');
    expect(links.every((href) => href?.startsWith('https://'))).toBe(true);
    expect(box.textContent).not.toMatch(/…{2,}|\.{4,}/);
  });

  it.each(['sources/index.html', 'ar/sources/index.html'])(
    '%s lists the help and reporting pages as sources',
    (path) => {
      const section = loadPage(path).querySelector('#sources-help')?.closest('section');
      const links = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      expect(links).toContain('https://childhelplineinternational.org/helplines/');
      expect(links).toContain('https://help.instagram.com/');
    },
  );
});
