/*
 * Reads the course's content files straight from src/content, the way the build sees them,
 * so content rules can be tested in a second without building the site.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { lessonFields } from '../../src/schemas/lesson';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';
import type { LessonPage, QuizFile } from '../../src/utils/course-checks';
import { LOCALES, docsFolder, type Locale } from '../../src/i18n/locales';

export const CONTENT = join(import.meta.dirname, '../../src/content');
const lessonData = z.object(lessonFields).loose();

export function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parse(match[1]!) as Record<string, unknown>;
}

export function body(file: string): string {
  return readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

export function lessonDir(locale: Locale): string {
  return join(CONTENT, 'docs', `${docsFolder(locale)}lessons`);
}

export function lessonFiles(locale: Locale): string[] {
  const dir = lessonDir(locale);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

export function loadLessonPages(): LessonPage[] {
  return LOCALES.flatMap((locale) =>
    lessonFiles(locale).map((file) => {
      const parsed = lessonData.safeParse(frontmatter(file));
      if (!parsed.success) {
        throw new Error(
          `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      return {
        file,
        locale,
        slug: `lessons/${basename(file, '.mdx')}`,
        data: parsed.data as LessonPage['data'],
      };
    }),
  );
}

/** Every YAML file of a collection, per locale, parsed by `schema`; a bad file throws with its fields. */
export function loadYamlFiles<T>(
  collection: string,
  schema: { safeParse(data: unknown): z.ZodSafeParseResult<T> },
  locales: readonly Locale[] = LOCALES,
): { file: string; locale: Locale; id: string; data: T }[] {
  return locales.flatMap((locale) => {
    const dir = join(CONTENT, collection, locale);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const file = join(dir, f);
        const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
        if (!parsed.success) {
          throw new Error(
            `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          );
        }
        return { file, locale, id: basename(f, '.yaml'), data: parsed.data };
      });
  });
}

export function loadQuizFiles(): QuizFile[] {
  return loadYamlFiles('quizzes', quizSchema).map(({ file, locale, id, data }) => ({
    file,
    locale,
    quizId: id,
    quiz: data as Quiz,
  }));
}
