/*
 * The course's exercises, read straight from src/content/exercises as the build reads them:
 * every file is valid, English and Arabic agree, the counts the course promises hold, and every
 * exercise is used in its own lesson's Practice section in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exerciseSchema, TECHNIQUE_IDS, type Exercise } from '../src/schemas/exercise';
import { exerciseErrors, type ExerciseFile } from '../src/utils/exercise-checks';
import { CONTENT, body, lessonDir, loadLessonPages, loadYamlFiles } from './support/content';

function loadExerciseFiles(): ExerciseFile[] {
  return loadYamlFiles('exercises', exerciseSchema, ['en', 'ar']).map(
    ({ file, locale, id, data }) => ({ file, locale, exerciseId: id, exercise: data as Exercise }),
  );
}

const files = loadExerciseFiles();
const lessons = loadLessonPages().filter((p) => p.locale === 'en');
const lessonIds = new Set(lessons.map((l) => l.data.lessonId!));
const english = files.filter((f) => f.locale === 'en');
const ofLesson = (order: number) => {
  const lessonId = lessons.find((l) => l.data.order === order)!.data.lessonId;
  return english.filter((f) => f.exercise.lesson === lessonId).map((f) => f.exercise);
};

describe('the exercises of the course', () => {
  it('are valid, exist in both languages and agree on every answer', () => {
    expect(exerciseErrors(files, lessonIds)).toEqual([]);
  });

  it('number at least 12 per language, with every type used at least twice', () => {
    for (const locale of ['en', 'ar']) {
      expect(files.filter((f) => f.locale === locale).length).toBeGreaterThanOrEqual(12);
    }
    for (const type of ['rate', 'spot', 'order', 'sort', 'lateral']) {
      expect(english.filter((f) => f.exercise.type === type).length, type).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('put lateral reading in lessons 1 and 9, and lesson 1 timeline and verdicts', () => {
    expect(ofLesson(1).map((e) => e.type)).toEqual(
      expect.arrayContaining(['lateral', 'order', 'sort']),
    );
    expect(ofLesson(9).map((e) => e.type)).toContain('lateral');
    const verdicts = ofLesson(1).find((e) => e.type === 'sort')!;
    expect(verdicts.type === 'sort' && verdicts.groups.map((g) => g.id)).toEqual([
      'holds',
      'out-of-date',
      'imprecise',
      'misleading',
      'unverified',
    ]);
    const timeline = ofLesson(1).find((e) => e.type === 'order')!;
    expect(timeline.type === 'order' && timeline.items.map((i) => i.id)).toContain('article');
  });

  it('sort lesson 5’s chat into the funnel stages or healthy, and give lessons 7 and 8 a moderation desk', () => {
    const chat = ofLesson(5).find((e) => e.type === 'sort')!;
    expect(chat.type === 'sort' && chat.groups.map((g) => g.id)).toEqual([
      'target',
      'trust',
      'isolate',
      'pressure',
      'healthy',
    ]);
    for (const order of [7, 8]) {
      const desk = ofLesson(order).find((e) => e.type === 'sort' && e.policy);
      expect(desk, `lesson ${order}`).toBeDefined();
    }
  });

  it('give rate exercises about half honest posts, so distrusting everything does not pay', () => {
    for (const { exercise } of english) {
      if (exercise.type !== 'rate') continue;
      const honest = exercise.posts.filter((p) => p.honest).length;
      expect(Math.abs(honest - exercise.posts.length / 2)).toBeLessThanOrEqual(1);
    }
  });

  it('are used in their own lesson’s Practice section, in both languages, and every lesson has one', () => {
    for (const locale of ['en', 'ar'] as const) {
      for (const lesson of lessons) {
        const lessonId = lesson.data.lessonId!;
        const text = body(join(lessonDir(locale), `${lessonId}.mdx`));
        const used = [...text.matchAll(/<Exercise id="([^"]+)" \/>/g)].map((m) => m[1]);
        const own = files
          .filter((f) => f.locale === locale && f.exercise.lesson === lessonId)
          .map((f) => f.exerciseId);
        expect(used.length, `${locale} ${lessonId} has an exercise`).toBeGreaterThan(0);
        expect([...used].sort(), `${locale} ${lessonId}`).toEqual([...own].sort());
        // Inside the Practice section: after its heading, before the discussion questions.
        const practice = text.search(/^## (Practice|تمرين|تدرّب)/m);
        const discussion = text.search(/^## (Discussion questions|أسئلة للنقاش)/m);
        for (const id of used) {
          const at = text.indexOf(`<Exercise id="${id}" />`);
          expect(at > practice && at < discussion, `${locale} ${lessonId}: ${id}`).toBe(true);
        }
      }
    }
  });
});

describe('technique names', () => {
  it('are lesson 4’s ten glossary terms', () => {
    const glossary = parse(readFileSync(join(CONTENT, 'glossary/terms.yaml'), 'utf8')) as {
      terms: { id: string; lesson: string }[];
    };
    const lessonFour = glossary.terms
      .filter((t) => t.lesson === 'manipulation-techniques')
      .map((t) => t.id);
    for (const id of TECHNIQUE_IDS) expect(lessonFour).toContain(id);
  });
});
