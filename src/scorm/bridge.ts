/*
 * The SCORM 1.2 bridge of a packaged lesson (scripts/scorm/package-scorm.mjs bundles it as the
 * first classic script in the page's <head>, so it runs before the page's own modules). When an
 * LMS's API is found it:
 *   - starts the session and marks the lesson incomplete if it was not attempted;
 *   - puts this lesson's answers from cmi.suspend_data into the saved progress on the device,
 *     before the quiz reads it, so a return visit shows them (and only this learner's);
 *   - after every save (PROGRESS_SAVED_EVENT) reports the score, the status and the progress
 *     to keep, and commits;
 *   - when the page goes, reports the session time and ends the session.
 * Without an API it does nothing and the page works as on the site. The lesson's id comes
 * from <html data-scorm-lesson>. It reads the saved progress directly (its key is in
 * progress-peek.ts), never through the store, to stay small (npm run budget).
 */
import { findApi } from './api-finder';
import { finishedStatus, scorePercent, sessionTime, startStatus } from './cmi';
import { SUSPEND_DATA_MAX, decode, encode, lessonProgress, mergeInto } from './suspend-data';
import { PROGRESS_KEY, PROGRESS_SAVED_EVENT } from '../utils/progress-peek';

const lesson = document.documentElement.dataset.scormLesson;
const api = lesson ? findApi(window) : undefined;

if (lesson && api && '' + api.LMSInitialize('') == 'true') {
  const started = Date.now();
  const get = (element: string) => '' + (api.LMSGetValue(element) ?? '');
  const set = (element: string, value: string | number) => api.LMSSetValue(element, '' + value);

  const status = startStatus(get('cmi.core.lesson_status'));
  if (status) set('cmi.core.lesson_status', status);

  /** Saved progress as JSON: undefined when blocked or unreadable, null when there is none. */
  const stored = () => {
    try {
      return JSON.parse(localStorage.getItem(PROGRESS_KEY)!) as unknown;
    } catch {
      return undefined;
    }
  };

  // This lesson's records on the device are replaced by the LMS's (none, if it has none): they
  // are this learner's, and the device may be shared.
  const suspended = get('cmi.suspend_data');
  const restored = suspended ? decode(suspended, lesson) : { exercises: {} };
  const data = stored();
  const merged = restored && data !== undefined && mergeInto(data, lesson, restored);
  try {
    if (merged) localStorage.setItem(PROGRESS_KEY, JSON.stringify(merged));
  } catch {
    // storage full: the page works, nothing is kept
  }
  // Unreadable: ignored, and the device's records are kept.
  if (!restored) console.warn('SCORM: suspend_data ignored');

  const report = () => {
    const progress = lessonProgress(stored(), lesson);
    const percent = scorePercent(progress.quiz);
    if (percent !== undefined) {
      set('cmi.core.score.raw', percent);
      set('cmi.core.score.min', 0);
      set('cmi.core.score.max', 100);
      set('cmi.core.lesson_status', finishedStatus(percent, get('cmi.student_data.mastery_score')));
    }
    // Nothing kept on this device (storage blocked, say) leaves the LMS's copy as it is.
    const data = encode(progress);
    if (data && data.length <= SUSPEND_DATA_MAX) set('cmi.suspend_data', data);
    api.LMSCommit('');
  };
  addEventListener(PROGRESS_SAVED_EVENT, report);

  addEventListener('pagehide', () => {
    set('cmi.core.session_time', sessionTime(Date.now() - started));
    // "suspend": the learner may come back, and the LMS keeps suspend_data for then.
    set('cmi.core.exit', 'suspend');
    api.LMSCommit('');
    api.LMSFinish('');
  });
}
