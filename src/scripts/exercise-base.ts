/*
 * What every exercise's custom element shares: check the worksheet's items against its key,
 * mark each item right, wrong or unanswered, write the summary into a polite status region,
 * save the result, try again. The key is the worksheet's own "Show answers" list: each entry
 * names the values accepted for each part of an item (data-call="share",
 * data-answer="scapegoating"…), so most types need no rule of their own beyond their summary.
 * Showing and hiding is CSS's job (exercises.css keys it on :defined, data-checked and
 * data-verdict), which keeps this script, loaded once per page, small.
 */
import type { RubricLevel } from '../utils/exercise-scoring/levels';

export const all = <T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string) => [
  ...root.querySelectorAll<T>(selector),
];
export const one = <T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string) =>
  root.querySelector<T>(selector)!;
/** The value of the checked radio inside `root`. */
export const picked = (root: ParentNode) =>
  root.querySelector<HTMLInputElement>('input:checked')?.value;
/** Fill a label's {placeholders}. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => '' + values[name]);

export type Key = Map<string, DOMStringMap>;

export interface Outcome {
  score: number;
  maxScore: number;
  /** Lines after the score (or instead of it, for a rubric level). */
  lines?: string[];
  level?: RubricLevel;
}

export interface ExerciseRules {
  /** Right, wrong, or undefined when unanswered (default: every part holds an accepted value). */
  verdict?(item: HTMLElement, key: Key, root: HTMLElement): boolean | undefined;
  /** The summary (default: a point per right item). */
  outcome?(items: HTMLElement[], key: Key, root: HTMLElement): Outcome;
  /** Wires the type's own controls; returns what "try again" undoes beyond the inputs. */
  setup?(root: HTMLElement): (() => void) | void;
}

function verdict(item: HTMLElement, key: Key) {
  if (!picked(item)) return undefined;
  const entry = key.get(item.dataset.item!)!;
  return all(item, '[data-part]').every((part) => {
    const accepted = entry[part.dataset.part!];
    return !accepted || accepted.split(' ').includes(picked(part)!);
  });
}

/**
 * `load`, a dynamic import, loaded once and kept, unless it fails: Chromium keeps a failed
 * module fetch for the page's whole life, so a page opened offline would never save, even once
 * back online. After a failure, the next call asks for the URL the error names, with a query
 * that makes it new. The bundler may hand the module's exports over as one of the chunk's
 * exports: `has` names one of them, to find it. Shared with the quiz (course-quiz.ts); here
 * rather than in a module of its own, whose chunk would put a lesson over its JS budget.
 */
export const importAgain = <T>(load: () => Promise<T>, has: keyof T) => {
  let url = '';
  let loading: Promise<T> | undefined;
  return (): Promise<T> =>
    (loading ??= (
      url
        ? import(/* @vite-ignore */ url).then(
            (m: Record<string, Partial<T> | undefined>) =>
              (Object.values(m).find((v) => v?.[has]) ?? m) as T,
          )
        : load()
    ).catch((error) => {
      loading = undefined;
      url = /\S+\.js/.exec(error)?.[0] + '?' + Date.now();
      throw error;
    }));
};

const loadSection = importAgain(() => import('../utils/exercise-section'), 'saveChecked');

/**
 * Save the result in the learner's progress. The store is loaded on demand, as the quiz does,
 * so a page that is only read never downloads it; a failed save is said in the summary.
 */
function save(root: HTMLElement, outcome: Outcome, summary: HTMLElement) {
  loadSection()
    .then((section) => section.saveChecked(() => localStorage, root.dataset, outcome))
    .catch(() => false)
    .then((saved) => {
      if (!saved) summary.textContent += ' ' + root.dataset.lNotSaved;
    });
}

export function defineExercise(type: string, rules: ExerciseRules = {}) {
  customElements.define(
    `course-exercise-${type}`,
    class extends HTMLElement {
      connectedCallback() {
        const labels = this.dataset;
        const items = all(this, '.exercise-item');
        const key: Key = new Map(
          all(this, '.exercise-key [data-item]').map((entry) => [
            entry.dataset.item!,
            entry.dataset,
          ]),
        );
        const summary = one(this, '.exercise-summary');
        const reset = rules.setup?.(this);

        one(this, '.exercise-check').onclick = () => {
          let score = 0;
          for (const item of items) {
            const right = (rules.verdict ?? verdict)(item, key, this);
            if (right) score++;
            item.dataset.verdict = right ? 'right' : right === undefined ? 'unanswered' : 'wrong';
          }
          const outcome = rules.outcome?.(items, key, this) ?? { score, maxScore: items.length };
          const lines = outcome.lines ?? [];
          summary.textContent = (
            outcome.level
              ? lines
              : [fill(labels.lScore!, { score: outcome.score, max: outcome.maxScore }), ...lines]
          ).join(' ');
          labels.checked = '';
          save(this, outcome, summary);
        };

        // A changed answer is no longer checked.
        this.onchange = (event) => {
          delete (event.target as HTMLElement).closest<HTMLElement>('.exercise-item')?.dataset
            .verdict;
        };

        one(this, '.exercise-retry').onclick = () => {
          for (const input of all<HTMLInputElement>(this, '.exercise-items input'))
            input.checked = false;
          for (const item of items) delete item.dataset.verdict;
          delete labels.checked;
          summary.textContent = '';
          reset?.();
          one(this, '.exercise-items :is([type=radio], button)').focus();
        };
      }
    },
  );
}
