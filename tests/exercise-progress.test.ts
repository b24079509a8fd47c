import { describe, expect, it } from 'vitest';
import {
  exerciseSection,
  lessonExerciseSummary,
  mergeExerciseResults,
  recordExerciseResult,
  sanitizeExerciseResults,
  type ExerciseResult,
} from '../src/utils/exercise-progress';
import {
  exercisesOf,
  openProgressStore,
  saveChecked,
  saveExerciseResult,
} from '../src/utils/exercise-section';
import { PROGRESS_KEY } from '../src/utils/progress-store';
import { parseProgressFile, serializeProgress } from '../src/utils/progress-file';

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const result = (overrides: Partial<ExerciseResult> = {}): ExerciseResult => ({
  lesson: 'territory-to-timeline',
  score: 5,
  best: 7,
  maxScore: 9,
  at: at(1).toISOString(),
  ...overrides,
});

describe('exercise results in saved progress', () => {
  it('records a checked exercise and keeps the best score so far', () => {
    let results = recordExerciseResult({}, 'timeline-order', {
      lesson: 'territory-to-timeline',
      score: 7,
      maxScore: 9,
      now: at(1),
    });
    results = recordExerciseResult(results, 'timeline-order', {
      lesson: 'territory-to-timeline',
      score: 4,
      maxScore: 9,
      now: at(2),
    });
    expect(results['timeline-order']).toEqual({
      lesson: 'territory-to-timeline',
      score: 4,
      best: 7,
      maxScore: 9,
      at: at(2).toISOString(),
    });
  });

  it('starts the best score afresh when the exercise changed size', () => {
    const results = recordExerciseResult({ x: result({ maxScore: 11, best: 10 }) }, 'x', {
      lesson: 'territory-to-timeline',
      score: 3,
      maxScore: 9,
      now: at(3),
    });
    expect(results.x!.best).toBe(3);
  });

  it('keeps a lateral exercise’s rubric level', () => {
    const results = recordExerciseResult({}, 'outlet-lateral', {
      lesson: 'territory-to-timeline',
      score: 2,
      maxScore: 2,
      level: 'mastery',
      now: at(1),
    });
    expect(results['outlet-lateral']!.level).toBe('mastery');
  });

  it('sanitizes stored or imported data: damaged records and unknown lessons are dropped and reported', () => {
    const { results, damaged } = sanitizeExerciseResults(
      {
        good: result({ extra: 'field' } as Partial<ExerciseResult>),
        'over-max': result({ best: 12 }),
        'no-date': result({ at: 'yesterday' }),
        'bad-level': result({ level: 'expert' as ExerciseResult['level'] }),
        'Bad Id': result(),
        elsewhere: result({ lesson: 'no-such-lesson' }),
      },
      ['territory-to-timeline'],
    );
    expect(Object.keys(results)).toEqual(['good']);
    expect(results.good).not.toHaveProperty('extra');
    expect(damaged).toBe(true);
    expect(sanitizeExerciseResults([1, 2])).toEqual({ results: {}, damaged: true });
    expect(sanitizeExerciseResults(undefined)).toEqual({ results: {}, damaged: false });
  });

  it('merges two copies: the latest record per exercise, with the best score of both', () => {
    const ours = { a: result({ score: 9, best: 9, at: at(1).toISOString() }), b: result() };
    const theirs = {
      a: result({ score: 2, best: 3, at: at(5).toISOString() }),
      c: result({ lesson: 'reading-the-news' }),
    };
    const merged = mergeExerciseResults(ours, theirs);
    expect(merged.a).toEqual(result({ score: 2, best: 9, at: at(5).toISOString() }));
    expect(Object.keys(merged).sort()).toEqual(['a', 'b', 'c']);
  });

  it('plugs into the progress store as a section', () => {
    const ctx = { lessons: ['territory-to-timeline'], dropped: false };
    expect(exerciseSection.sanitize({ a: result(), b: 'junk' }, ctx)).toEqual({ a: result() });
    expect(ctx.dropped).toBe(true);
    expect(exerciseSection.merge({ a: result() }, { b: result() })).toEqual({
      a: result(),
      b: result(),
    });
  });

  it('sums a lesson’s exercises for the progress page', () => {
    const results = {
      a: result({ best: 7, maxScore: 9 }),
      b: result({ best: 1, maxScore: 2 }),
      c: result({ lesson: 'reading-the-news' }),
    };
    expect(lessonExerciseSummary(results, 'territory-to-timeline')).toEqual({
      done: 2,
      score: 8,
      maxScore: 11,
    });
  });
});

describe('exercise results in the progress store', () => {
  const LESSONS = ['territory-to-timeline', 'reading-the-news'];
  function memoryStorage() {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, String(value)),
      removeItem: (key: string) => void data.delete(key),
      key: (i: number) => [...data.keys()][i] ?? null,
      get length() {
        return data.size;
      },
    };
  }
  const check = (score: number, day: number) => ({
    lesson: 'territory-to-timeline',
    score,
    maxScore: 9,
    now: at(day),
  });

  it('saves each checked exercise in the exercises section, beside the quiz records', () => {
    const storage = memoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ format: 'second-look-progress', version: 2, lessons: {} }),
    );
    expect(saveExerciseResult(() => storage, LESSONS, 'timeline-order', check(7, 1))).toEqual([]);
    saveExerciseResult(() => storage, LESSONS, 'timeline-order', check(3, 2));
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(saved.lessons).toEqual({});
    expect(saved.exercises['timeline-order']).toMatchObject({ score: 3, best: 7, maxScore: 9 });
  });

  it('saves a check from the page, and says when the result was not kept', () => {
    const storage = memoryStorage();
    const exercise = {
      id: 'outlet-lateral',
      lesson: 'territory-to-timeline',
      lessons: LESSONS.join(' '),
    };
    expect(saveChecked(() => storage, exercise, { score: 2, maxScore: 2, level: 'mastery' })).toBe(
      true,
    );
    expect(
      exercisesOf(openProgressStore(() => storage, LESSONS).progress)['outlet-lateral'],
    ).toMatchObject({
      lesson: 'territory-to-timeline',
      best: 2,
      level: 'mastery',
    });
    expect(saveChecked(() => null, exercise, { score: 1, maxScore: 2 })).toBe(false);
  });

  it('survives export and import, merged with what the other device holds', () => {
    const laptop = memoryStorage();
    saveExerciseResult(() => laptop, LESSONS, 'timeline-order', check(9, 1));
    const exported = serializeProgress(openProgressStore(() => laptop, LESSONS).progress);

    const phone = memoryStorage();
    saveExerciseResult(() => phone, LESSONS, 'timeline-order', check(4, 3));
    saveExerciseResult(() => phone, LESSONS, 'claim-verdicts', check(5, 3));
    const file = parseProgressFile(exported, LESSONS);
    expect(file.ok).toBe(true);
    const store = openProgressStore(() => phone, LESSONS);
    store.write(file.ok ? file.progress : {});
    const merged = exercisesOf(openProgressStore(() => phone, LESSONS).progress);
    // The phone's later attempt stands, with the laptop's better score kept as the best.
    expect(merged['timeline-order']).toMatchObject({ score: 4, best: 9 });
    expect(merged['claim-verdicts']).toMatchObject({ score: 5 });
  });

  it('drops damaged records when the progress is read, and keeps the rest', () => {
    const storage = memoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        format: 'second-look-progress',
        version: 2,
        exercises: { good: result(), bad: { lesson: 'territory-to-timeline', score: -1 } },
      }),
    );
    const store = openProgressStore(() => storage, LESSONS);
    expect(Object.keys(exercisesOf(store.progress))).toEqual(['good']);
    expect(store.notices).toContain('entriesReset');
  });
});
