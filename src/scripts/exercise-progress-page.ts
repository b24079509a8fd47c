/*
 * <course-exercise-progress>: fills the "My progress" table of practice exercises with the
 * learner's results (the `exercises` section of saved progress): the best score, or for
 * lateral reading the rubric level, and the date.
 */
import { exercisesOf, openProgressStore } from '../utils/exercise-section';

class ExerciseProgress extends HTMLElement {
  connectedCallback() {
    const levels: Record<string, string> = JSON.parse(this.dataset.levels!);
    const date = new Intl.DateTimeFormat(this.dataset.lang, { dateStyle: 'medium' });
    const store = openProgressStore(() => localStorage, this.dataset.lessons!.split(' '));
    const render = () => {
      store.reload();
      const results = exercisesOf(store.progress);
      let any = false;
      for (const row of this.querySelectorAll<HTMLElement>('tr[data-exercise-id]')) {
        const result = results[row.dataset.exerciseId!];
        any ||= !!result;
        row.querySelector('.exercise-progress-result')!.textContent = !result
          ? '–'
          : result.level
            ? levels[result.level]!
            : `${result.best} / ${result.maxScore}`;
        row.querySelector('.exercise-progress-date')!.textContent = result
          ? date.format(new Date(result.at))
          : '–';
      }
      this.querySelector<HTMLElement>('.exercise-progress-none')!.hidden = any;
    };
    render();
    addEventListener('storage', render);
    // Import, reset and restoring a copy happen in <course-progress>, which reports each in
    // its status region: refresh this table whenever that region changes.
    const messages = document.querySelector('course-progress .progress-messages');
    if (messages) new MutationObserver(render).observe(messages, { childList: true });
  }
}

customElements.define('course-exercise-progress', ExerciseProgress);
