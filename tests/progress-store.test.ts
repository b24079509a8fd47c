import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  emptyProgress,
  openProgressStore,
  parseProgress,
  registerSection,
  type Progress,
  type StorageLike,
} from '../src/utils/progress-store';
import {
  attemptRecords,
  lessonRecord,
  lessonRecords,
  lessonStatus,
  mergeRecords,
  sanitizeRecord,
} from '../src/utils/lesson-records';
import {
  MAX_FILE_BYTES,
  fileTooLarge,
  lessonToContinue,
  listBackups,
  parseProgressFile,
  resetProgress,
  serializeProgress,
} from '../src/utils/progress-file';

/** An in-memory stand-in for localStorage, shared by every "tab" opened on it. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: StorageLike & { data: Map<string, string>; full: boolean } = {
    data,
    full: false,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      if (storage.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, String(value));
    },
    removeItem: (key) => void data.delete(key),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  return storage;
}

const LESSONS = ['lesson-a', 'lesson-b', 'lesson-c'];
const monday = new Date('2026-11-23T10:00:00Z');
const tuesday = new Date('2026-11-24T10:00:00Z');
const NOW = Date.parse('2026-11-25T10:00:00Z');

const open = (storage: StorageLike) => openProgressStore(() => storage, LESSONS);
const stored = (storage: { data: Map<string, string> }) =>
  JSON.parse(storage.data.get(PROGRESS_KEY)!) as Progress;

function change(
  lessonId: string,
  score: number,
  finished: boolean,
  now = monday,
  answers: Record<string, string[]> = { q1: ['a'] },
  maxScore = 7,
) {
  return attemptRecords({ lessonId, answers, score, maxScore, finished, now });
}

/** A stored record as version 1 wrote it. */
const v1Record = {
  status: 'completed',
  bestScore: 7,
  lastScore: 7,
  maxScore: 7,
  lastAnswers: { q1: ['a'] },
  firstAttemptAt: '2026-11-20T10:00:00.000Z',
  lastAttemptAt: '2026-11-20T10:00:00.000Z',
  completedAt: '2026-11-20T10:00:00.000Z',
};
const v1 = (lessons: unknown) =>
  JSON.stringify({ format: 'second-look-progress', version: 1, lessons });

describe('two writers never lose each other’s work', () => {
  it('keeps two tabs on different lessons', () => {
    const storage = memoryStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    expect(tabA.write(change('lesson-a', 3, false))).toBe(true);
    expect(tabB.write(change('lesson-b', 5, true))).toBe(true);
    expect(Object.keys(lessonRecords(stored(storage))).sort()).toEqual(['lesson-a', 'lesson-b']);
  });

  it('keeps three quizzes answered on one page (the whole-course print page)', () => {
    const storage = memoryStorage();
    const quizzes = LESSONS.map(() => open(storage));
    quizzes.forEach((quiz, i) => quiz.write(change(LESSONS[i]!, 1, false)));
    expect(Object.keys(lessonRecords(stored(storage)))).toEqual(LESSONS);
  });

  it('merges per question and keeps the best score, whichever tab wrote last', () => {
    const storage = memoryStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabA.write(change('lesson-a', 6, true, monday, { q1: ['a'], q2: ['b'] }));
    tabB.write(change('lesson-a', 1, false, tuesday, { q3: ['c'] }));
    const record = lessonRecord(stored(storage), 'lesson-a')!;
    expect(record).toMatchObject({
      status: 'completed',
      bestScore: 6,
      bestOf: 7,
      lastScore: 1,
      lastAnswers: { q1: ['a'], q2: ['b'], q3: ['c'] },
      firstAttemptAt: monday.toISOString(),
      lastAttemptAt: tuesday.toISOString(),
      completedAt: monday.toISOString(),
    });
  });

  it('lets the later answer to a question win', () => {
    const storage = memoryStorage();
    open(storage).write(change('lesson-a', 0, false, monday, { q1: ['a'] }));
    open(storage).write(change('lesson-a', 1, false, tuesday, { q1: ['b'] }));
    expect(lessonRecord(stored(storage), 'lesson-a')!.lastAnswers).toEqual({ q1: ['b'] });
  });

  it('sees another tab’s write after reload (the storage event)', () => {
    const storage = memoryStorage();
    const page = open(storage);
    open(storage).write(change('lesson-c', 2, false));
    expect(lessonStatus(page.progress, 'lesson-c')).toBe('not-started');
    page.reload();
    expect(lessonStatus(page.progress, 'lesson-c')).toBe('attempted');
  });
});

describe('a quiz that changes length', () => {
  it('keeps a record earned on a longer quiz, with its score against that quiz', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: v1({ 'lesson-a': v1Record }) });
    const store = open(storage);
    expect(store.notices).toEqual([]);
    expect(lessonRecord(store.progress, 'lesson-a')).toMatchObject({ bestScore: 7, bestOf: 7 });
    // The quiz now has 6 questions; a 5 of 6 does not beat 7 of 7, and nothing is reset.
    store.write(change('lesson-a', 5, true, tuesday, { q2: ['b'] }, 6));
    const again = open(storage);
    expect(again.notices).toEqual([]);
    expect(lessonRecord(again.progress, 'lesson-a')).toMatchObject({
      status: 'completed',
      bestScore: 7,
      bestOf: 7,
      lastScore: 5,
      maxScore: 6,
      firstAttemptAt: v1Record.firstAttemptAt,
      completedAt: v1Record.completedAt,
    });
  });

  it('compares scores as fractions of their quizzes', () => {
    const earlier = change('lesson-a', 5, true, monday, {}, 7).lessons['lesson-a']!;
    const later = change('lesson-a', 6, true, tuesday, {}, 6).lessons['lesson-a']!;
    expect(mergeRecords(earlier, later)).toMatchObject({ bestScore: 6, bestOf: 6 });
    expect(mergeRecords(later, earlier)).toMatchObject({ bestScore: 6, bestOf: 6 });
  });
});

describe('stored data is checked, never taken as it is', () => {
  it('keeps only known lessons, with own-property lookups', () => {
    const text = `{"format":"second-look-progress","version":1,"lessons":{"__proto__":${JSON.stringify(
      v1Record,
    )},"constructor":${JSON.stringify(v1Record)},"lesson-a":${JSON.stringify(v1Record)}}}`;
    const parsed = parseProgress(text, LESSONS, NOW);
    expect(parsed.notices).toEqual(['entriesReset']);
    expect(Object.keys(lessonRecords(parsed.progress))).toEqual(['lesson-a']);
    expect(Object.getPrototypeOf(lessonRecords(parsed.progress))).toBe(Object.prototype);
    expect(lessonStatus(parsed.progress, 'constructor')).toBe('not-started');
    expect(lessonStatus(parsed.progress, 'toString')).toBe('not-started');
    expect(lessonRecord(parsed.progress, '__proto__')).toBeUndefined();
  });

  it('keeps only the fields the format defines, whatever is nested in the rest', () => {
    const deep = '{"deep":'.repeat(5000) + '"x"' + '}'.repeat(5000);
    const record = JSON.stringify({ ...v1Record, extra: 1 }).replace(
      '"extra":1',
      `"extra":${deep}`,
    );
    expect(Object.keys(sanitizeRecord(JSON.parse(record), NOW)!).sort()).toEqual(
      [...Object.keys(v1Record), 'bestOf'].sort(),
    );
    const text = `{"format":"second-look-progress","version":2,"lessons":{"lesson-a":${record}},"no-such-section":${deep}}`;
    const parsed = parseProgress(text, LESSONS, NOW);
    expect(parsed.notices).toEqual(['entriesReset']);
    expect(Object.keys(parsed.progress)).toEqual(['format', 'version', 'lessons']);
    expect(lessonStatus(parsed.progress, 'lesson-a')).toBe('completed');
    expect(() => serializeProgress(parsed.progress)).not.toThrow();
  });

  it.each([
    ['a date that is not a date', { lastAttemptAt: 'yesterday' }],
    ['a date before the course existed', { firstAttemptAt: '1970-01-01T00:00:00Z' }],
    ['a date far in the future', { lastAttemptAt: '9999-12-31T00:00:00Z' }],
    ['a first attempt after the last', { firstAttemptAt: '2026-11-21T10:00:00.000Z' }],
    ['a completion date that is not a date', { completedAt: 42 }],
    ['a completion before the first attempt', { completedAt: '2026-11-19T10:00:00.000Z' }],
    ['a best score above its quiz', { bestScore: 8 }],
    ['a negative score', { lastScore: -1 }],
    ['a fractional score', { lastScore: 2.5 }],
    ['an absurd quiz length', { bestScore: 1e9, lastScore: 1e9, maxScore: 1e9 }],
    ['a quiz of no questions', { bestScore: 0, lastScore: 0, maxScore: 0 }],
    ['an unknown status', { status: 'mastered' }],
    ['answers that are not option ids', { lastAnswers: { q1: [{ evil: 1 }] } }],
  ])('drops a record with %s', (_, damage) => {
    expect(sanitizeRecord({ ...v1Record, ...damage }, NOW)).toBeUndefined();
    const parsed = parseProgress(v1({ 'lesson-a': { ...v1Record, ...damage } }), LESSONS, NOW);
    expect(parsed.notices).toEqual(['entriesReset']);
    expect(lessonRecords(parsed.progress)).toEqual({});
  });

  it('reads a good version 1 record unchanged, adding the quiz length of its best score', () => {
    expect(sanitizeRecord(v1Record, NOW)).toEqual({ ...v1Record, bestOf: 7 });
  });

  it.each([
    ['text that is not JSON', '{"format": "second-look-progress", "versi'],
    ['JSON of another app', JSON.stringify({ theme: 'dark' })],
    ['a bare array', '[1,2,3]'],
  ])('resets %s with the "unreadable" notice', (_, text) => {
    expect(parseProgress(text, LESSONS)).toEqual({
      progress: emptyProgress(),
      notices: ['unreadable'],
      readOnly: false,
    });
  });

  it('leaves data from a newer version alone and goes read-only', () => {
    const parsed = parseProgress('{"format":"second-look-progress","version":3}', LESSONS);
    expect(parsed).toMatchObject({ notices: ['newerVersion'], readOnly: true });
  });
});

describe('backups', () => {
  it('sets unreadable data aside before resetting it', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json at all' });
    const store = open(storage);
    expect(store.notices).toEqual(['unreadable']);
    expect(listBackups(storage).map((b) => [b.reason, b.text])).toEqual([
      ['unreadable', 'not json at all'],
    ]);
    expect(stored(storage)).toEqual(emptyProgress());
  });

  it('still reports data it set aside after saving, so a lesson page can say so', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json at all' });
    const store = open(storage);
    expect(store.write(change('lesson-a', 1, false))).toBe(true);
    expect(store.notices).toEqual(['unreadable']);
    store.reload();
    expect(store.notices).toEqual([]);
  });

  it('never overwrites an earlier backup: a second incident adds a second backup', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'first damage' });
    open(storage);
    storage.data.set(PROGRESS_KEY, 'second damage');
    open(storage);
    storage.data.set(PROGRESS_KEY, v1({ 'lesson-a': { status: 'broken' } }));
    open(storage);
    expect(
      listBackups(storage)
        .map((b) => b.text)
        .sort(),
    ).toEqual(['first damage', 'second damage', v1({ 'lesson-a': { status: 'broken' } })].sort());
  });

  it('backs damaged records up once, then rewrites them clean', () => {
    const original = v1({ 'lesson-a': v1Record, 'lesson-b': { status: 'completed' } });
    const storage = memoryStorage({ [PROGRESS_KEY]: original });
    expect(open(storage).notices).toEqual(['entriesReset']);
    expect(open(storage).notices).toEqual([]);
    expect(listBackups(storage).map((b) => b.text)).toEqual([original]);
    expect(Object.keys(lessonRecords(stored(storage)))).toEqual(['lesson-a']);
  });

  it('does not overwrite damaged data when the backup cannot be made', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'damaged' });
    storage.full = true;
    const store = open(storage);
    expect(store.notices).toEqual(['unreadable', 'saveFailed']);
    expect(store.canSave).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe('damaged');
  });

  it('reset keeps a backup of everything, unless the learner asks to delete it all', () => {
    const storage = memoryStorage();
    open(storage).write(change('lesson-a', 7, true));
    const before = storage.data.get(PROGRESS_KEY);
    resetProgress(storage, false);
    expect(open(storage).progress).toEqual(emptyProgress());
    expect(listBackups(storage).map((b) => [b.reason, b.text])).toEqual([['reset', before]]);
    // The backup is a progress file: it can be restored.
    const restored = parseProgressFile(listBackups(storage)[0]!.text, LESSONS);
    expect(restored.ok && lessonStatus(restored.progress, 'lesson-a')).toBe('completed');

    storage.data.set(PROGRESS_KEY + ':unreadable', 'a backup from version 1');
    storage.data.set('another-app', 'kept');
    expect(listBackups(storage)).toHaveLength(2);
    resetProgress(storage, true);
    expect([...storage.data.keys()]).toEqual(['another-app']);
  });
});

describe('a failed save', () => {
  it('is reported, and the merged progress stays in memory to be exported', () => {
    const storage = memoryStorage();
    const store = open(storage);
    store.write(change('lesson-a', 2, false));
    storage.full = true;
    expect(store.write(change('lesson-b', 3, true))).toBe(false);
    expect(store.notices).toEqual(['saveFailed']);
    expect(Object.keys(lessonRecords(store.progress)).sort()).toEqual(['lesson-a', 'lesson-b']);
    expect(Object.keys(lessonRecords(stored(storage)))).toEqual(['lesson-a']);
  });

  it.each([
    [
      'localStorage throws when touched (blocked cookies, sandboxed iframe)',
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
    ],
    ['there is no localStorage at all', () => null],
  ])('keeps working with a notice when %s', (_, getStorage) => {
    const store = openProgressStore(getStorage, LESSONS);
    expect(store.notices).toEqual(['storageBlocked']);
    expect(store.canSave).toBe(false);
    expect(store.progress).toEqual(emptyProgress());
    expect(store.write(change('lesson-a', 1, false))).toBe(false);
  });

  it('never overwrites data written by a newer version', () => {
    const newer = '{"format":"second-look-progress","version":3,"lessons":{"x":1}}';
    const storage = memoryStorage({ [PROGRESS_KEY]: newer });
    const store = open(storage);
    expect(store.canSave).toBe(false);
    expect(store.write(change('lesson-a', 1, false))).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
  });
});

describe('progress sections', () => {
  /** A feature's section: a set of done item ids, merged by union. */
  interface Notes {
    done: string[];
  }
  registerSection<Notes>('test-notes', {
    sanitize(raw, ctx) {
      const done = (raw as Notes | undefined)?.done;
      const ok = Array.isArray(done) ? done.filter((d) => typeof d == 'string') : [];
      if (!Array.isArray(done) || ok.length < done.length) ctx.dropped = true;
      return { done: ok };
    },
    merge: (a, b) => ({ done: [...new Set([...a.done, ...b.done])].sort() }),
  });

  it('merges a registered section before every write, beside the lessons', () => {
    const storage = memoryStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabA.write({ 'test-notes': { done: ['x'] } });
    tabB.write({ 'test-notes': { done: ['y'] }, ...change('lesson-a', 1, false) });
    expect(stored(storage)['test-notes']).toEqual({ done: ['x', 'y'] });
    expect(lessonStatus(stored(storage), 'lesson-a')).toBe('attempted');
  });

  it('keeps only what the sanitizer defines, backing up the original', () => {
    const text = JSON.stringify({
      format: 'second-look-progress',
      version: 2,
      'test-notes': { done: ['x', 5], extra: true },
    });
    const storage = memoryStorage({ [PROGRESS_KEY]: text });
    expect(open(storage).notices).toEqual(['entriesReset']);
    expect(stored(storage)['test-notes']).toEqual({ done: ['x'] });
    expect(listBackups(storage)[0]!.text).toBe(text);
  });

  it('keeps a section this page has not registered through its writes, within limits', () => {
    const other = { attempts: [{ at: '2026-11-20', score: 3 }] };
    const storage = memoryStorage({
      [PROGRESS_KEY]: JSON.stringify({ format: 'second-look-progress', version: 2, other }),
    });
    open(storage).write(change('lesson-a', 1, false));
    expect(stored(storage).other).toEqual(other);
    const huge = { text: 'x'.repeat(300_000) };
    const parsed = parseProgress(
      JSON.stringify({ format: 'second-look-progress', version: 2, other, huge }),
      LESSONS,
    );
    expect(Object.keys(parsed.progress)).toEqual(['format', 'version', 'other']);
    expect(parsed.notices).toEqual(['entriesReset']);
  });

  it('survives export and import, and backups', () => {
    const storage = memoryStorage();
    open(storage).write({ 'test-notes': { done: ['x'] }, ...change('lesson-a', 7, true) });
    const file = serializeProgress(open(storage).progress);
    const imported = parseProgressFile(file, LESSONS);
    expect(imported.ok && imported.progress['test-notes']).toEqual({ done: ['x'] });
    const other = memoryStorage();
    const store = open(other);
    store.write({ 'test-notes': { done: ['z'] } });
    store.write(imported.ok ? imported.progress : {});
    expect(stored(other)['test-notes']).toEqual({ done: ['x', 'z'] });
    expect(lessonStatus(stored(other), 'lesson-a')).toBe('completed');
    resetProgress(other, false);
    const backup = parseProgressFile(listBackups(other)[0]!.text, LESSONS);
    expect(backup.ok && backup.progress['test-notes']).toEqual({ done: ['x', 'z'] });
  });
});

describe('progress files', () => {
  it('round-trips an export', () => {
    const storage = memoryStorage();
    open(storage).write(change('lesson-a', 6, true, monday));
    const progress = open(storage).progress;
    expect(parseProgressFile(serializeProgress(progress), LESSONS, NOW)).toEqual({
      ok: true,
      progress,
      damaged: false,
    });
  });

  it('refuses an oversized file by its size, before reading it', () => {
    expect(fileTooLarge(6 * 1024 * 1024)).toBe(true);
    expect(fileTooLarge(MAX_FILE_BYTES)).toBe(false);
    const padded = v1({ 'lesson-a': v1Record }).replace(
      '{',
      '{"pad":"' + 'x'.repeat(MAX_FILE_BYTES) + '",',
    );
    expect(parseProgressFile(padded, LESSONS)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it.each([
    ['a file that is not JSON', 'hello', 'notOurs'],
    ['JSON that is not ours', '{"lessons": {}}', 'notOurs'],
    [
      'a file from a newer version',
      '{"format":"second-look-progress","version":3}',
      'newerVersion',
    ],
  ])('refuses %s whole', (_, text, reason) => {
    expect(parseProgressFile(text, LESSONS)).toEqual({ ok: false, reason });
  });
});

describe('lessonToContinue', () => {
  const records = (...changes: ReturnType<typeof change>[]) => {
    const storage = memoryStorage();
    const store = open(storage);
    for (const c of changes) store.write(c);
    return store.progress;
  };
  it('starts at the first lesson', () => {
    expect(lessonToContinue(emptyProgress(), LESSONS)).toBe('lesson-a');
  });
  it('returns to the lesson last worked on that is not finished', () => {
    const progress = records(
      change('lesson-a', 7, true, monday),
      change('lesson-c', 2, false, tuesday),
    );
    expect(lessonToContinue(progress, LESSONS)).toBe('lesson-c');
  });
  it('moves on to the next unfinished lesson', () => {
    expect(lessonToContinue(records(change('lesson-a', 7, true)), LESSONS)).toBe('lesson-b');
  });
  it('says nothing is left when every lesson is completed', () => {
    const progress = records(...LESSONS.map((id) => change(id, 7, true)));
    expect(lessonToContinue(progress, LESSONS)).toBeNull();
  });
});
