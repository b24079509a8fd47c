import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  PROGRESS_KEY,
  emptyProgress,
  lessonStatus,
  openProgressStore,
  parseStoredProgress,
  recordAttempt,
  type Progress,
  type StorageLike,
} from '../src/utils/progress-store';
import {
  lessonToContinue,
  mergeProgress,
  parseProgressFile,
  serializeProgress,
} from '../src/utils/progress-file';

/** An in-memory stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: StorageLike & { data: Map<string, string> } = {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
  };
  return storage;
}

const monday = new Date('2026-11-23T10:00:00Z');
const tuesday = new Date('2026-11-24T10:00:00Z');

function attempt(
  progress: Progress,
  lessonId: string,
  score: number,
  finished: boolean,
  now = monday,
) {
  return recordAttempt(progress, {
    lessonId,
    answers: { q1: ['a'] },
    score,
    maxScore: 7,
    finished,
    now,
  });
}

describe('recordAttempt', () => {
  it('marks a lesson attempted, then completed, keeping the best score and first date', () => {
    let progress = attempt(emptyProgress(), 'territory-to-timeline', 3, false, monday);
    expect(lessonStatus(progress, 'territory-to-timeline')).toBe('attempted');
    progress = attempt(progress, 'territory-to-timeline', 6, true, tuesday);
    progress = attempt(progress, 'territory-to-timeline', 2, false, tuesday);
    const record = progress.lessons['territory-to-timeline']!;
    expect(record).toMatchObject({
      status: 'completed',
      bestScore: 6,
      lastScore: 2,
      maxScore: 7,
      firstAttemptAt: monday.toISOString(),
      lastAttemptAt: tuesday.toISOString(),
      completedAt: tuesday.toISOString(),
    });
    expect(lessonStatus(progress, 'another-lesson')).toBe('not-started');
  });

  it('does not change the progress it was given', () => {
    const before = emptyProgress();
    attempt(before, 'x', 1, false);
    expect(before.lessons).toEqual({});
  });
});

describe('parseStoredProgress', () => {
  it('starts empty when nothing was saved', () => {
    expect(parseStoredProgress(null)).toEqual({
      progress: emptyProgress(),
      notices: [],
      readOnly: false,
    });
  });

  it('reads back what it wrote', () => {
    const progress = attempt(emptyProgress(), 'a-lesson', 5, true);
    expect(parseStoredProgress(JSON.stringify(progress)).progress).toEqual(progress);
  });

  it.each([
    ['text that is not JSON', '{"format": "second-look-progress", "versi'],
    ['JSON of another app', JSON.stringify({ theme: 'dark' })],
    ['a bare array', '[1,2,3]'],
  ])('resets %s with the "unreadable" notice', (_, text) => {
    expect(parseStoredProgress(text)).toEqual({
      progress: emptyProgress(),
      notices: ['unreadable'],
      readOnly: false,
    });
  });

  it('keeps good lesson records and resets only the damaged ones', () => {
    const good = attempt(emptyProgress(), 'good-lesson', 4, false);
    const stored = {
      ...good,
      lessons: {
        ...good.lessons,
        'bad-score': { ...good.lessons['good-lesson'], bestScore: 9, maxScore: 7 },
        'bad-status': { ...good.lessons['good-lesson'], status: 'mastered' },
        'bad-type': 'completed',
      },
    };
    const parsed = parseStoredProgress(JSON.stringify(stored));
    expect(parsed.notices).toEqual(['entries-reset']);
    expect(Object.keys(parsed.progress.lessons)).toEqual(['good-lesson']);
  });

  it('leaves data from a newer version alone and goes read-only', () => {
    const parsed = parseStoredProgress(
      JSON.stringify({ format: 'second-look-progress', version: 2, lessons: {} }),
    );
    expect(parsed.notices).toEqual(['newer-version']);
    expect(parsed.readOnly).toBe(true);
  });
});

describe('openProgressStore', () => {
  it('saves and reloads progress', () => {
    const storage = memoryStorage();
    const store = openProgressStore(() => storage);
    expect(store.canSave).toBe(true);
    expect(store.save(attempt(store.progress, 'lesson-a', 3, false))).toBe(true);
    const again = openProgressStore(() => storage);
    expect(lessonStatus(again.progress, 'lesson-a')).toBe('attempted');
  });

  it('sets unreadable data aside before resetting it, so nothing is lost for good', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json at all' });
    const store = openProgressStore(() => storage);
    expect(store.notices).toEqual(['unreadable']);
    expect(storage.data.get(BACKUP_KEY)).toBe('not json at all');
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual(emptyProgress());
    expect(store.canSave).toBe(true);
  });

  it('keeps a copy of the original when it resets damaged records', () => {
    const original = JSON.stringify({
      format: 'second-look-progress',
      version: 1,
      lessons: { broken: { status: 'completed' } },
    });
    const storage = memoryStorage({ [PROGRESS_KEY]: original });
    expect(openProgressStore(() => storage).notices).toEqual(['entries-reset']);
    expect(storage.data.get(BACKUP_KEY)).toBe(original);
  });

  it('never overwrites data written by a newer version', () => {
    const newer = JSON.stringify({ format: 'second-look-progress', version: 3, lessons: { x: 1 } });
    const storage = memoryStorage({ [PROGRESS_KEY]: newer });
    const store = openProgressStore(() => storage);
    expect(store.canSave).toBe(false);
    expect(store.save(attempt(store.progress, 'lesson-a', 1, false))).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
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
    const store = openProgressStore(getStorage);
    expect(store.notices).toEqual(['storage-blocked']);
    expect(store.canSave).toBe(false);
    expect(store.progress).toEqual(emptyProgress());
    expect(store.save(attempt(store.progress, 'lesson-a', 1, false))).toBe(false);
  });

  it('reports a failed write (a full or read-only storage) instead of throwing', () => {
    const storage: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const store = openProgressStore(() => storage);
    expect(store.save(attempt(store.progress, 'lesson-a', 1, false))).toBe(false);
  });
});

describe('progress files', () => {
  it('round-trips an export', () => {
    const progress = attempt(emptyProgress(), 'lesson-a', 6, true);
    expect(parseProgressFile(serializeProgress(progress))).toEqual({
      ok: true,
      progress,
      damaged: false,
    });
  });

  it.each([
    ['a file that is not JSON', 'hello', 'not-json'],
    ['JSON that is not ours', '{"lessons": {}}', 'foreign'],
    ['our format without lessons', '{"format":"second-look-progress","version":1}', 'foreign'],
    [
      'a file from a newer version',
      '{"format":"second-look-progress","version":2,"lessons":{}}',
      'newer-version',
    ],
  ])('refuses %s whole', (_, text, reason) => {
    expect(parseProgressFile(text)).toEqual({ ok: false, reason });
  });

  it('merges lesson by lesson, keeping the better of each', () => {
    let ours = attempt(emptyProgress(), 'shared', 6, false, monday);
    ours = attempt(ours, 'only-ours', 2, false, monday);
    let theirs = attempt(emptyProgress(), 'shared', 4, true, tuesday);
    theirs = attempt(theirs, 'only-theirs', 7, true, tuesday);
    const merged = mergeProgress(ours, theirs);
    expect(Object.keys(merged.lessons).sort()).toEqual(['only-ours', 'only-theirs', 'shared']);
    expect(merged.lessons.shared).toMatchObject({
      status: 'completed',
      bestScore: 6,
      lastScore: 4,
      firstAttemptAt: monday.toISOString(),
      completedAt: tuesday.toISOString(),
    });
  });
});

describe('lessonToContinue', () => {
  const order = ['one', 'two', 'three'];
  it('starts at the first lesson', () => {
    expect(lessonToContinue(emptyProgress(), order)).toBe('one');
  });
  it('returns to the lesson last worked on that is not finished', () => {
    let progress = attempt(emptyProgress(), 'one', 7, true, monday);
    progress = attempt(progress, 'three', 2, false, tuesday);
    expect(lessonToContinue(progress, order)).toBe('three');
  });
  it('moves on to the next unfinished lesson', () => {
    const progress = attempt(emptyProgress(), 'one', 7, true, monday);
    expect(lessonToContinue(progress, order)).toBe('two');
  });
  it('says nothing is left when every lesson is completed', () => {
    let progress = emptyProgress();
    for (const id of order) progress = attempt(progress, id, 7, true);
    expect(lessonToContinue(progress, order)).toBeNull();
  });
});
