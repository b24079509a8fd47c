/*
 * <course-exercise-progress>: fills the "My progress" table of practice exercises with the
 * learner's results: the best score, or for lateral reading the rubric level, and the date.
 */
import { EXERCISES_KEY } from '../utils/exercise-results';
import { sanitizeExerciseResults } from '../utils/exercise-progress';

class ExerciseProgress extends HTMLElement {
  connectedCallback() {
    const levels: Record<string, string> = JSON.parse(this.dataset.levels!);
    const date = new Intl.DateTimeFormat(this.dataset.lang, { dateStyle: 'medium' });
    let stored: unknown;
    try {
      stored = JSON.parse(localStorage.getItem(EXERCISES_KEY) ?? '{}');
    } catch {
      // Blocked storage or unreadable data: nothing to show, and the table says so.
    }
    const { results } = sanitizeExerciseResults(stored);
    let any = false;
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-exercise-id]')) {
      const result = results[row.dataset.exerciseId!];
      if (!result) continue;
      any = true;
      row.querySelector('.exercise-progress-result')!.textContent = result.level
        ? levels[result.level]!
        : `${result.best} / ${result.maxScore}`;
      row.querySelector('.exercise-progress-date')!.textContent = date.format(new Date(result.at));
    }
    this.querySelector<HTMLElement>('.exercise-progress-none')!.hidden = any;
  }
}

customElements.define('course-exercise-progress', ExerciseProgress);
