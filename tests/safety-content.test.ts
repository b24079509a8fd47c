/*
 * Safety rules for a learner studying alone, checked on the content as written: real places to
 * get help on the pages that need them (never blanks "filled in by your teacher"), no advice to
 * save screenshots, and invented people who keep their own names in their own lesson.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { helpContactsSchema } from '../src/schemas/help';
import { CONTENT, body, lessonFiles } from './support/content';

const LOCALES = ['en', 'ar'] as const;
type Locale = (typeof LOCALES)[number];

const docPath = (locale: Locale, path: string) =>
  join(CONTENT, 'docs', locale === 'ar' ? 'ar' : '', `${path}.mdx`);
const read = (file: string) => readFileSync(file, 'utf8');
const guideFile = (locale: Locale, slug: string) => docPath(locale, `teach/${slug}`);
const lessonFile = (locale: Locale, slug: string) => docPath(locale, `lessons/${slug}`);

describe('the help contacts (src/content/help/help-contacts.yaml)', () => {
  const parsed = helpContactsSchema.safeParse(
    parse(read(join(CONTENT, 'help/help-contacts.yaml'))),
  );

  it('match the schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  const help = parsed.data!;

  it('link to international helpline directories that cover Arab countries', () => {
    expect(help.directories.map((d) => d.url)).toEqual(
      expect.arrayContaining([
        'https://childhelplineinternational.org/helplines/',
        'https://findahelpline.com/',
      ]),
    );
  });

  it('link to the help centres of the main platforms, each once', () => {
    const names = help.platforms.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['Instagram', 'TikTok', 'YouTube', 'X', 'Facebook', 'Snapchat']),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(help.platforms.map((p) => p.url)).size).toBe(help.platforms.length);
  });

  it('say what to do now, including telling an adult and keeping intimate images to no one', () => {
    const steps = help.steps.map((s) => s.en).join(' ');
    expect(steps).toMatch(/trusted adult/);
    expect(steps).toMatch(/emergency/);
    expect(steps).toMatch(/Never save, forward or show/);
    expect(help.steps.map((s) => s.ar).join(' ')).toMatch(/صورة حميمة/);
  });
});

describe('a learner alone always sees real places to get help', () => {
  const pagesWithHelpBox = ['lessons/post-to-private-chat', 'lessons/what-you-can-do', 'about'];

  it.each(LOCALES.flatMap((l) => pagesWithHelpBox.map((p) => [l, p] as const)))(
    '%s/%s shows the "If this is happening to you" box',
    (locale, path) => {
      const text = read(docPath(locale, path));
      expect(text).toContain("import HelpBox from '~/components/HelpBox.astro';");
      expect(text).toMatch(/^<HelpBox \/>$/m);
    },
  );

  // Dotted leaders, "[fill in: …]" and "filled in by your teacher" belong in the teacher's
  // referral chart only: a learner studying alone has nobody to fill them in.
  const blanks = [
    /…{2,}|\.{4,}|_{4,}/,
    /\[\s*fill in/i,
    /filled in by your (teacher|facilitator)/i,
    /lists these contacts in full/i,
    /يُستكمل محليًا|يستكمل محليا/,
    /يملؤها (المعلّم|المعلم|معلّمك|معلمك)/,
  ];
  const learnerPages = LOCALES.flatMap((locale) => [
    ...lessonFiles(locale),
    docPath(locale, 'about'),
  ]);

  it.each(learnerPages)('%s has no blank help contacts', (file) => {
    const text = body(file);
    for (const blank of blanks) expect(text, `${file} matches ${blank}`).not.toMatch(blank);
  });
});

describe('advice about evidence never puts an image at risk', () => {
  const saveScreenshots = [
    /\b(save|take|store)\b[^.\n]{0,40}\bscreen ?shots?\b|\bkeep (the |your )?screen ?shots?\b/i,
    /(احفظ|احتفظ|التقط|خزّن|خزن)[^.\n]{0,40}لقط(ات|ة) (ال)?شاشة/,
  ];
  const files = LOCALES.flatMap((locale) => [
    ...lessonFiles(locale),
    ...lessonFiles(locale).map((f) => guideFile(locale, f.split('/').pop()!.replace('.mdx', ''))),
    docPath(locale, 'about'),
    join(CONTENT, '../partials', locale, 'safeguarding.mdx'),
  ]);

  it.each(files)('%s never tells anyone to save screenshots', (file) => {
    const text = read(file);
    for (const advice of saveScreenshots) expect(text).not.toMatch(advice);
  });

  it.each(LOCALES)(
    'lesson 5 (%s) says to keep words, names and dates, never an intimate image',
    (locale) => {
      const text = body(lessonFile(locale, 'post-to-private-chat'));
      if (locale === 'en') {
        expect(text).toMatch(/usernames, the dates and the words of the messages/);
        expect(text).toMatch(/Never save, forward or show anyone an intimate image/);
      } else {
        expect(text).toMatch(/أسماء المستخدمين والتواريخ ونصّ الرسائل/);
        expect(text).toMatch(/لا تحفظ صورة حميمة/);
      }
    },
  );
});

describe('the one propaganda line (lesson 1)', () => {
  it.each(LOCALES)('%s: the verdict comes before the quoted line', (locale) => {
    const text = body(lessonFile(locale, 'territory-to-timeline'));
    const verdict = locale === 'en' ? 'Verdict first' : 'الحكم أولًا';
    const line = locale === 'en' ? 'if they close one account' : 'إذا أغلقوا لكم حسابا';
    expect(text.indexOf(verdict)).toBeGreaterThan(-1);
    expect(text.indexOf(line)).toBeGreaterThan(text.indexOf(verdict));
    // Quoted once only.
    expect(text.split(line).length - 1).toBe(1);
  });

  it.each(LOCALES)('%s: the teacher guide never has it read aloud or quoted', (locale) => {
    const text = body(guideFile(locale, 'territory-to-timeline'));
    expect(text).not.toMatch(/if they close one account|إذا أغلقوا/);
    expect(text).not.toMatch(/Read the video's boast once|اقرأ تفاخر الفيديو مرة واحدة/);
  });
});

/*
 * Invented people, by lesson. Each name belongs to one lesson and one role: it may appear in
 * that lesson, its teacher guide, its quiz and its exercises, and nowhere else in the course
 * (lessons, guides, quizzes, exercises). (A name may leave its lesson's page, for example into an exercise file, and stay
 * reserved here.) Latin
 * names are also looked for in the Arabic pages, where handles stay in Latin. Arabic names
 * that are also common words (نور light, هبة gift, كريم cream, عمر age, حداد mourning) are
 * checked through their Latin spelling only.
 */
const INVENTED_NAMES: Record<string, Record<Locale, string[]>> = {
  'territory-to-timeline': { en: ['Rania'], ar: [] },
  'propaganda-machine': { en: ['Grace Mensah', 'Mensah'], ar: ['غريس', 'منساه'] },
  'stories-that-recruit': { en: ['Rami'], ar: ['رامي'] },
  'manipulation-techniques': {
    en: ['Ferreira', 'Mona', 'Yusuf', 'Elena'],
    ar: ['فيريرا', 'منى', 'يوسف', 'إيلينا'],
  },
  'post-to-private-chat': {
    en: ['Lina', 'Maya', 'Haddad', 'Omar', 'Karim'],
    ar: ['لينا', 'مايا'],
  },
  'how-platforms-push-back': { en: ['Priya', 'Amira', 'Kenji', 'Salma'], ar: ['بريا'] },
  'cost-of-pushing-back': { en: ['Hiba', 'Maha', 'Samir', 'Nour'], ar: ['سمير'] },
  'what-you-can-do': { en: ['Bilal', 'Dana', 'Anya'], ar: ['بلال', 'دانة', 'أنيا'] },
};

/** The name as a word of its own, in a handle too (@lina_from…); Arabic allows a joined و/ف/ب/ل. */
const nameRegExp = (name: string, locale: Locale) =>
  locale === 'en'
    ? new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu')
    : new RegExp(`(?<![\\p{L}])[وفبل]?${name}(?![\\p{L}])`, 'u');

/** Quizzes (named after their lesson) and exercises (which name their lesson) of a language. */
function dataFiles(locale: Locale): { file: string; lesson: string; text: string }[] {
  const yamlIn = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => join(dir, f))
      : [];
  const quizzes = yamlIn(join(CONTENT, 'quizzes', locale)).map((file) => ({
    file,
    lesson: basename(file, '.yaml'),
    text: read(file),
  }));
  const exercises = yamlIn(join(CONTENT, 'exercises', locale)).map((file) => {
    const text = read(file);
    return { file, lesson: String((parse(text) as { lesson?: string }).lesson), text };
  });
  return [...quizzes, ...exercises];
}

describe('invented people keep their own names', () => {
  it('no name is registered for two lessons', () => {
    for (const locale of LOCALES) {
      const all = Object.values(INVENTED_NAMES).flatMap((n) => n[locale]);
      expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
    }
  });

  const cases = LOCALES.flatMap((locale) =>
    Object.entries(INVENTED_NAMES).flatMap(([slug, names]) =>
      names[locale].map((name) => [locale, slug, name] as const),
    ),
  );
  const slugs = lessonFiles('en').map((file) => file.split('/').pop()!.replace('.mdx', ''));

  it.each(cases)(
    '%s: %s owns %s, and no other lesson, guide, quiz or exercise uses it',
    (locale, slug, name) => {
      const pattern = nameRegExp(name, locale);
      // Latin names are searched in both languages' pages; Arabic ones in the Arabic pages.
      const searched: readonly Locale[] = locale === 'en' ? LOCALES : ['ar'];
      const others = searched.flatMap((l) => [
        ...slugs
          .filter((other) => other !== slug)
          .flatMap((other) => [lessonFile(l, other), guideFile(l, other)])
          .filter((file) => pattern.test(body(file))),
        ...dataFiles(l)
          .filter((data) => data.lesson !== slug && pattern.test(data.text))
          .map((data) => data.file),
      ]);
      expect(others).toEqual([]);
    },
  );
});
