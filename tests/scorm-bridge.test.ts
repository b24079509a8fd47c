/*
 * The SCORM 1.2 bridge's pure parts: finding the LMS's API, what is reported (status, score,
 * session time) and the learner's progress as cmi.suspend_data. The bridge itself, in a real
 * LMS runtime, is tested in tests/e2e/scorm.test.mjs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { findApi, type WindowLike } from '../src/scorm/api-finder';
import { finishedStatus, scorePercent, sessionTime, startStatus } from '../src/scorm/cmi';
import {
  SUSPEND_DATA_MAX,
  decode,
  encode,
  lessonProgress,
  mergeInto,
  type LessonProgress,
} from '../src/scorm/suspend-data';
import { PROGRESS_SAVED_EVENT } from '../src/utils/progress-peek';
import { PROGRESS_KEY, openProgressStore, type StorageLike } from '../src/utils/progress-store';
import { attemptRecords, type LessonRecord } from '../src/utils/lesson-records';
import { EXERCISES_SECTION } from '../src/utils/exercise-section';
import type { ExerciseResult } from '../src/utils/exercise-progress';
import { CONTENT, loadQuizFiles } from './support/content';

const api = { LMSInitialize: () => 'true' };

describe('findApi', () => {
  const chain = (depth: number, at?: number): WindowLike => {
    // window 0 is the page; window `depth` is the top.
    const windows: WindowLike[] = Array.from({ length: depth + 1 }, () => ({}));
    windows.forEach((win, i) => {
      win.parent = windows[i + 1] ?? win;
      win.top = windows[depth];
    });
    if (at !== undefined) windows[at]!.API = api;
    return windows[0]!;
  };

  it.each([0, 1, 3, 7])('finds the API %i levels up', (level) => {
    expect(findApi(chain(level + 2, level))).toBe(api);
  });

  it('stops after 7 parents', () => {
    expect(findApi(chain(10, 8))).toBeFalsy();
  });

  it('returns undefined when there is no API', () => {
    expect(findApi(chain(0))).toBeFalsy();
    expect(findApi(chain(3))).toBeFalsy();
  });

  it('looks in the opener of the top window, then its parents', () => {
    const page = chain(2);
    page.top!.opener = chain(1, 1);
    expect(findApi(page)).toBe(api);
  });

  it('passes over frames of another origin', () => {
    const page = chain(3, 3);
    Object.defineProperty(page.parent!, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findApi(page)).toBe(api);
  });

  it('survives an opener of another origin', () => {
    const page = chain(0);
    page.opener = {};
    Object.defineProperty(page.opener, 'API', {
      get() {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    expect(findApi(page)).toBeFalsy();
  });
});

describe('lesson status', () => {
  it('starts a lesson not yet attempted as incomplete, and leaves others alone', () => {
    expect(startStatus('not attempted')).toBe('incomplete');
    expect(startStatus('')).toBe('incomplete');
    for (const status of ['incomplete', 'completed', 'passed', 'failed', 'browsed'])
      expect(startStatus(status)).toBeUndefined();
  });

  it.each([
    [100, '', 'completed'],
    [0, '', 'completed'],
    [80, '80', 'passed'],
    [79, '80', 'failed'],
    [100, '100', 'passed'],
    [50, '0', 'passed'],
    [60, '50.5', 'passed'],
  ])('a finished quiz at %i%% with mastery score "%s" is %s', (percent, mastery, status) => {
    expect(finishedStatus(percent, mastery)).toBe(status);
  });
});

describe('scorePercent', () => {
  it('reports the best score as a percentage once the quiz is finished', () => {
    expect(scorePercent({ status: 'completed', bestScore: 4, bestOf: 6 })).toBe(67);
    expect(scorePercent({ status: 'completed', bestScore: 0, bestOf: 5 })).toBe(0);
    expect(scorePercent({ status: 'completed', bestScore: 5, bestOf: 5 })).toBe(100);
  });

  it('reports nothing for a quiz not finished, or a damaged record', () => {
    expect(scorePercent({ status: 'attempted', bestScore: 4, bestOf: 6 })).toBeUndefined();
    expect(scorePercent(undefined)).toBeUndefined();
    expect(scorePercent({ status: 'completed', bestScore: 4, bestOf: 0 })).toBeUndefined();
    expect(scorePercent({ status: 'completed', bestOf: 4 })).toBeUndefined();
  });
});

describe('sessionTime', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [61_500, '0000:01:01.50'],
    [3_600_000 * 25 + 59_000, '0025:00:59.00'],
    [3_600_000 * 123 + 45 * 60_000, '0123:45:00.00'],
    [3_600_000 * 9999 + 3_599_990, '9999:59:59.99'],
    [3_600_000 * 12_000, '9999:59:59.99'],
    [-5, '0000:00:00.00'],
    [NaN, '0000:00:00.00'],
  ])('%i ms is %s', (ms, text) => {
    expect(sessionTime(ms)).toBe(text);
    // SCORM 1.2's CMITimespan: HHHH:MM:SS.SS
    expect(text).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
  });
});

const quiz: LessonRecord = {
  status: 'completed',
  bestScore: 4,
  bestOf: 5,
  lastScore: 3,
  maxScore: 5,
  lastAnswers: { 'lower-threshold': ['b'], 'proactive-means': ['a', 'c'], empty: [] },
  firstAttemptAt: '2026-11-30T10:00:00.000Z',
  lastAttemptAt: '2026-12-01T09:30:12.000Z',
  completedAt: '2026-12-01T09:30:12.000Z',
};
const exercise = (at: string, level?: ExerciseResult['level']): ExerciseResult => ({
  lesson: 'territory-to-timeline',
  score: 2,
  best: 3,
  maxScore: 4,
  at,
  ...(level ? { level } : {}),
});
const progress: LessonProgress = {
  quiz,
  exercises: {
    'timeline-order': exercise('2026-12-01T09:00:00.000Z'),
    'source-lateral': exercise('2026-12-01T09:10:00.000Z', 'emerging'),
  },
};
const LESSON = 'territory-to-timeline';

describe('suspend data', () => {
  it('round-trips a lesson’s quiz record and exercise results', () => {
    expect(decode(encode(progress), LESSON)).toEqual(progress);
    const attempted = { ...quiz, status: 'attempted' as const };
    delete attempted.completedAt;
    expect(decode(encode({ quiz: attempted, exercises: {} }), LESSON)).toEqual({
      quiz: attempted,
      exercises: {},
    });
    const exercisesOnly = { exercises: progress.exercises };
    expect(decode(encode(exercisesOnly), LESSON)).toEqual(exercisesOnly);
  });

  it('is empty when there is nothing to keep', () => {
    expect(encode({ exercises: {} })).toBe('');
  });

  it('is compact: no field names', () => {
    const text = encode(progress);
    expect(text).not.toContain('bestScore');
    expect(text.length).toBeLessThan(JSON.stringify(progress).length * 0.7);
  });

  it.each([
    ['not JSON', '{"broken'],
    ['an empty string', ''],
    ['another format', JSON.stringify({ lessons: {} })],
    ['a format of the future', '[2,0,[]]'],
    ['a number', '42'],
    ['null', 'null'],
    ['a quiz of the wrong shape', '[1,{"status":"completed"},[]]'],
    ['a quiz with a wrong type', '[1,["completed","4",5,3,5,{},"a","b"],[]]'],
    ['exercises not a list', '[1,0,{}]'],
    ['an exercise with a wrong type', '[1,0,[["x",1,1,"4","2026-01-01T00:00:00.000Z"]]]'],
    ['an exercise without a date', '[1,0,[["x",1,1,4]]]'],
    ['a cut-off text', encode(progress).slice(0, 100)],
  ])('ignores %s', (_, text) => {
    expect(decode(text, LESSON)).toBeUndefined();
  });

  it('picks this lesson’s part of saved progress, whatever is stored', () => {
    const data = {
      format: 'second-look-progress',
      version: 2,
      lessons: { [LESSON]: quiz, 'hydra-problem': { ...quiz } },
      exercises: {
        ...progress.exercises,
        'research-claims': { ...exercise('2026-12-01T09:00:00.000Z'), lesson: 'hydra-problem' },
      },
    };
    expect(lessonProgress(data, LESSON)).toEqual(progress);
    expect(lessonProgress(null, LESSON)).toEqual({ exercises: {} });
    expect(lessonProgress('text', LESSON)).toEqual({ exercises: {} });
    expect(lessonProgress({ lessons: [], exercises: 3 }, LESSON)).toEqual({ exercises: {} });
    expect(lessonProgress({ lessons: {} }, 'constructor')).toEqual({ exercises: {} });
  });

  describe('the largest lesson', () => {
    // Worst case: every option of every question chosen, every exercise of the lesson done,
    // the largest numbers and the longest dates.
    const quizzes = loadQuizFiles();
    const exercises = ['en', 'ar'].flatMap((locale) =>
      readdirSync(join(CONTENT, 'exercises', locale)).map((file) => ({
        id: basename(file, '.yaml'),
        lesson: parse(readFileSync(join(CONTENT, 'exercises', locale, file), 'utf8'))
          .lesson as string,
      })),
    );
    const at = '9999-12-31T23:59:59.999Z';
    const lengths = quizzes.map(({ quizId, quiz: { questions } }) => {
      const worst: LessonProgress = {
        quiz: {
          status: 'completed',
          bestScore: 100,
          bestOf: 100,
          lastScore: 100,
          maxScore: 100,
          lastAnswers: Object.fromEntries(
            questions.map((q) => [q.id, q.options.map((o: { id: string }) => o.id)]),
          ),
          firstAttemptAt: at,
          lastAttemptAt: at,
          completedAt: at,
        },
        exercises: Object.fromEntries(
          exercises
            .filter((e) => e.lesson === quizId)
            .map((e) => [
              e.id,
              { lesson: quizId, score: 9999, best: 9999, maxScore: 9999, at, level: 'emerging' },
            ]),
        ),
      };
      return { quizId, length: encode(worst).length, worst };
    });

    it('covers every lesson', () => {
      expect(new Set(lengths.map((l) => l.quizId)).size).toBe(10);
    });

    it('stays well under SCORM 1.2’s 4096 characters', () => {
      const largest = lengths.reduce((a, b) => (b.length > a.length ? b : a));
      console.log(`largest suspend_data: ${largest.quizId}, ${largest.length} characters`);
      expect(largest.length).toBeLessThan(SUSPEND_DATA_MAX / 2);
      expect(decode(encode(largest.worst), largest.quizId)).toEqual(largest.worst);
    });
  });
});

describe('mergeInto', () => {
  const other = { 'hydra-problem': { ...quiz, bestScore: 1 } };
  const otherExercise = { ...exercise('2026-12-01T09:00:00.000Z'), lesson: 'hydra-problem' };
  const saved = {
    format: 'second-look-progress',
    version: 2,
    lessons: other,
    exercises: { 'research-claims': otherExercise },
    check: { answers: [1, 2] },
  };

  it('starts saved progress when there is none', () => {
    expect(mergeInto(null, LESSON, progress)).toEqual({
      format: 'second-look-progress',
      version: 2,
      lessons: { [LESSON]: quiz },
      exercises: progress.exercises,
    });
  });

  it('keeps every other lesson, exercise and section', () => {
    const merged = mergeInto(saved, LESSON, progress)!;
    expect(merged.lessons).toEqual({ ...other, [LESSON]: quiz });
    expect(merged.exercises).toEqual({ 'research-claims': otherExercise, ...progress.exercises });
    expect(merged.check).toEqual(saved.check);
  });

  it('replaces this lesson’s records on the device, which may be another learner’s', () => {
    const someoneElse = {
      ...saved,
      lessons: { ...other, [LESSON]: { ...quiz, lastAttemptAt: '2026-12-02T00:00:00.000Z' } },
      exercises: {
        ...saved.exercises,
        'timeline-order': exercise('2026-12-02T00:00:00.000Z'),
        'claim-verdicts': exercise('2026-12-02T00:00:00.000Z'),
      },
    };
    const merged = mergeInto(someoneElse, LESSON, progress)!;
    expect(merged.lessons).toEqual({ ...other, [LESSON]: quiz });
    expect(merged.exercises).toEqual({ 'research-claims': otherExercise, ...progress.exercises });
    // The LMS has nothing of this learner's for this lesson: nothing of it stays.
    const cleared = JSON.parse(JSON.stringify(mergeInto(someoneElse, LESSON, { exercises: {} })));
    expect(cleared.lessons).toEqual(other);
    expect(cleared.exercises).toEqual({ 'research-claims': otherExercise });
  });

  it('leaves alone data that is not ours or from a newer version', () => {
    expect(mergeInto('text', LESSON, progress)).toBeUndefined();
    expect(mergeInto({ format: 'other' }, LESSON, progress)).toBeUndefined();
    expect(mergeInto({ ...saved, version: 3 }, LESSON, progress)).toBeUndefined();
  });

  it('writes what the progress store reads back in full', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(mergeInto(saved, LESSON, progress)));
    const store = openProgressStore(() => storage, [LESSON, 'hydra-problem']);
    expect(store.notices).toEqual([]);
    expect((store.progress.lessons as Record<string, LessonRecord>)[LESSON]).toEqual(quiz);
    expect(store.progress[EXERCISES_SECTION]).toEqual({
      'research-claims': otherExercise,
      ...progress.exercises,
    });
  });
});

describe('PROGRESS_SAVED_EVENT', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is dispatched after each save the store makes, and not after a failed one', () => {
    const dispatchEvent = vi.fn();
    vi.stubGlobal('dispatchEvent', dispatchEvent);
    const storage = memoryStorage();
    const store = openProgressStore(() => storage, [LESSON]);
    const attempt = {
      lessonId: LESSON,
      answers: { a: ['b'] },
      score: 1,
      maxScore: 5,
      finished: false,
      now: new Date('2026-12-01T00:00:00Z'),
    };
    expect(store.write(attemptRecords(attempt))).toBe(true);
    expect(dispatchEvent).toHaveBeenCalledTimes(1);
    expect(dispatchEvent.mock.calls[0]![0].type).toBe(PROGRESS_SAVED_EVENT);
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(store.write(attemptRecords(attempt))).toBe(false);
    expect(dispatchEvent).toHaveBeenCalledTimes(1);
  });
});

function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}
