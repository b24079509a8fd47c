/*
 * <course-quiz>: upgrades the server-rendered worksheet (Quiz.astro) into a self-checking
 * quiz. The right answers and their feedback are read from the worksheet's own answer lists,
 * so the page holds one copy of them; labels come from data-l-* attributes. Every check is
 * announced in a polite live region, and focus moves only after "try again".
 *
 * A question counts as checked while it carries data-verdict; changing its answer clears the
 * verdict, so the score never reflects an answer the learner has not checked.
 */
import { isAnswerCorrect } from '../utils/scoring';
import { openProgressStore, recordAttempt } from '../utils/progress-store';

const all = <T extends HTMLElement>(root: ParentNode, selector: string) => [
  ...root.querySelectorAll<T>(selector),
];
const one = <T extends HTMLElement>(root: ParentNode, selector: string) =>
  root.querySelector<T>(selector)!;

class CourseQuiz extends HTMLElement {
  connectedCallback() {
    const labels = this.dataset;
    const store = openProgressStore(() => localStorage);
    const items = all(this, '.quiz-question');
    const announcer = one(this, '.quiz-announcer');
    const scoreLine = one(this, '.quiz-score');
    const retry = one(this, '.quiz-retry');
    const chosen = (item: HTMLElement) =>
      all<HTMLInputElement>(item, 'input:checked').map((input) => input.value);
    // The worksheet's own answer list (the feedback area holds copies of some of its items).
    const answerList = (item: HTMLElement) => all(item, '.quiz-answer [data-option]');
    const feedbackOf = (item: HTMLElement) => one(item, '.quiz-feedback');

    if (!store.canSave) {
      const notice = one(this, '.quiz-notice');
      notice.textContent = labels.lNotSaved!;
      notice.hidden = false;
    }

    const update = (quiet?: boolean) => {
      const checked = items.filter((item) => item.dataset.verdict);
      const score = checked.filter((item) => item.dataset.verdict === 'correct').length;
      const finished = checked.length === items.length;
      retry.hidden = !checked.length;
      scoreLine.hidden = !finished;
      scoreLine.textContent = labels
        .lScore!.replace('{score}', '' + score)
        .replace('{max}', '' + items.length);
      if (quiet) return;
      if (finished) announcer.textContent += ' ' + scoreLine.textContent;
      store.save(
        recordAttempt(store.progress, {
          lessonId: labels.lesson!,
          answers: Object.fromEntries(checked.map((item) => [item.dataset.question, chosen(item)])),
          score,
          maxScore: items.length,
          finished,
          now: new Date(),
        }),
      );
    };

    const check = (item: HTMLElement, quiet?: boolean) => {
      const feedback = feedbackOf(item);
      const picks = chosen(item);
      feedback.hidden = false;
      if (!picks.length) {
        announcer.textContent = feedback.textContent = labels.lChooseFirst!;
        return;
      }
      const options = answerList(item).map((li) => ({
        id: li.dataset.option!,
        correct: li.hasAttribute('data-correct'),
      }));
      const right = isAnswerCorrect({ id: '', options }, picks);
      item.dataset.verdict = right ? 'correct' : 'incorrect';
      const verdict = document.createElement('p');
      verdict.className = 'quiz-verdict';
      verdict.textContent = right ? labels.lCorrect! : labels.lIncorrect!;
      const yours = document.createElement('ul');
      yours.setAttribute('aria-label', labels.lYourAnswer!);
      yours.append(
        ...answerList(item)
          .filter((li) => picks.includes(li.dataset.option!))
          .map((li) => li.cloneNode(true)),
      );
      feedback.replaceChildren(verdict, yours, one(item, '.quiz-explanation').cloneNode(true));
      if (!quiet) announcer.textContent = feedback.textContent;
      update(quiet);
    };

    const saved = store.progress.lessons[labels.lesson!]?.lastAnswers ?? {};
    for (const item of items) {
      one(item, 'details').hidden = true;
      const button = one(item, '.quiz-check');
      button.hidden = false;
      button.addEventListener('click', () => check(item));
      item.addEventListener('change', () => {
        feedbackOf(item).hidden = true;
        delete item.dataset.verdict;
        update(true);
      });
      // Bring back the last checked answers: a reload or a change of language keeps them.
      const picks = saved[item.dataset.question!];
      if (picks) {
        for (const input of all<HTMLInputElement>(item, 'input'))
          input.checked = picks.includes(input.value);
        check(item, true);
      }
    }

    retry.addEventListener('click', () => {
      for (const item of items) {
        for (const input of all<HTMLInputElement>(item, 'input')) input.checked = false;
        feedbackOf(item).hidden = true;
        delete item.dataset.verdict;
      }
      update(true);
      one(items[0]!, 'input').focus();
    });
  }
}

customElements.define('course-quiz', CourseQuiz);
