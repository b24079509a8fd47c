/*
 * <course-quiz>: upgrades the server-rendered worksheet (Quiz.astro) into a self-checking
 * quiz. The right answers and their feedback are read from the worksheet's own answer lists,
 * so the page holds one copy of them; labels come from data-l-* attributes. Every check is
 * announced in a polite live region, and focus moves only after "try again".
 *
 * A question counts as checked while it carries data-verdict; changing its answer clears the
 * verdict, so the score never reflects an answer the learner has not checked.
 *
 * Each check saves that one answer, merged into what is stored (another tab, or another quiz on
 * the same page, may have written since); a save that fails is announced with the check. The
 * store is loaded on demand, at the first check, to keep lesson pages light. When another tab
 * saves, the answers saved there are brought into this page.
 */
import { isAnswerCorrect, type Answers } from '../utils/scoring';
import { peek } from '../utils/progress-peek';
import type { Notice } from '../utils/progress-store';
// Every lesson page has exercises, so their runtime is there already; an embed page or a
// SCORM package, which shows the quiz alone, loads it for these helpers (0.9 KB gzipped).
import { all, fill, importAgain, one } from './exercise-base';

class CourseQuiz extends HTMLElement {
  connectedCallback() {
    const labels = this.dataset;
    const lessonId = labels.lesson!;
    const items = all(this, '.quiz-question');
    const announcer = one(this, '.quiz-announcer');
    const scoreLine = one(this, '.quiz-score');
    const retry = one(this, '.quiz-retry');
    const chosen = (item: HTMLElement) =>
      all<HTMLInputElement>(item, 'input:checked').map((input) => input.value);
    // The worksheet's own answer list (the feedback area holds copies of some of its items).
    const answerList = (item: HTMLElement) => all(item, '.quiz-answer [data-option]');
    const feedbackOf = (item: HTMLElement) => one(item, '.quiz-feedback');

    // What happened to saved progress, in words; data-<notice> attributes hold the strings.
    const notice = one(this, '.quiz-notice');
    const tell = (notices: Notice[]) => {
      notice.textContent = notices.map((name) => labels[name]).join(' ');
      notice.hidden = !notices.length;
    };

    // The store is fetched when the learner first reaches the quiz, so it is there by the time
    // an answer is checked and a save is never left waiting while the learner moves on.
    const loadStore = importAgain(() => import('../utils/lesson-records'), 'saveAttempt');
    this.addEventListener('focusin', loadStore, { once: true });

    const update = (quiet?: boolean, item?: HTMLElement) => {
      const checked = items.filter((item) => item.dataset.verdict);
      const score = checked.filter((item) => item.dataset.verdict === 'correct').length;
      const finished = checked.length === items.length;
      retry.hidden = !checked.length;
      scoreLine.hidden = !finished;
      scoreLine.textContent = fill(labels.lScore!, { score });
      if (quiet) return;
      if (finished) announcer.textContent += ' ' + scoreLine.textContent;
      const now = new Date();
      const answers = { [item!.dataset.question!]: chosen(item!) };
      loadStore()
        .then((records) =>
          records.saveAttempt(() => localStorage, labels.lessons!.split(' '), {
            lessonId,
            answers,
            score,
            maxScore: items.length,
            finished,
            now,
          }),
        )
        // The store did not load (offline; the next check loads it again), or did not save.
        .catch((): Notice[] => ['saveFailed'])
        .then((notices) => {
          tell(notices);
          if (notices.includes('saveFailed')) announcer.textContent += ' ' + labels.saveFailed;
        });
    };

    // The feedback is in the page: the verdict given and the options chosen are left showing,
    // or only "choose an answer first"; what shows is what is announced.
    const check = (item: HTMLElement, quiet?: boolean) => {
      const feedback = feedbackOf(item);
      const picks = chosen(item);
      feedback.hidden = false;
      feedback.toggleAttribute('data-empty', !picks.length);
      if (picks.length) {
        const options = answerList(item).map((li) => ({
          id: li.dataset.option!,
          correct: li.hasAttribute('data-correct'),
        }));
        item.dataset.verdict = isAnswerCorrect({ id: '', options }, picks)
          ? 'correct'
          : 'incorrect';
        for (const li of all(feedback, 'li')) li.hidden = !picks.includes(li.dataset.option!);
      }
      if (!quiet) announcer.textContent = feedback.innerText;
      if (picks.length) update(quiet, item);
    };

    // A changed answer is no longer checked.
    const uncheck = (item: HTMLElement) => {
      feedbackOf(item).hidden = true;
      delete item.dataset.verdict;
    };
    for (const item of items) {
      one(item, '.quiz-check').onclick = () => check(item);
      item.onchange = () => {
        uncheck(item);
        update(true);
      };
    }

    // Bring back the last checked answers: a reload, a change of language or another tab.
    const restore = () => {
      const { data, notice } = peek();
      if (notice) tell([notice]);
      // Unchecked JSON: only arrays of option ids are taken.
      const record = (data.lessons as Record<string, { lastAnswers?: Answers }> | undefined)?.[
        lessonId
      ];
      for (const item of items) {
        const picks = record?.lastAnswers?.[item.dataset.question!];
        if (Array.isArray(picks) && '' + picks != '' + chosen(item)) {
          for (const input of all<HTMLInputElement>(item, 'input'))
            input.checked = picks.includes(input.value);
          check(item, true);
        }
      }
    };
    restore();
    addEventListener('storage', restore);

    retry.onclick = () => {
      for (const item of items) {
        for (const input of all<HTMLInputElement>(item, 'input')) input.checked = false;
        uncheck(item);
      }
      update(true);
      one(items[0]!, 'input').focus();
    };
  }
}

customElements.define('course-quiz', CourseQuiz);
