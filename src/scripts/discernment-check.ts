/*
 * <discernment-check>: runs the check on the server-rendered forms (CheckPage.astro). It picks
 * the learner's form (nextStep), hides the others, shuffles the posts, and on submit records
 * the attempt in this browser. No feedback is given during the check. Saved attempts are read
 * with a light peek; the progress store (check-store.ts) loads only to save one, and the
 * results view (check-results-view.ts) only when there are results to show.
 */
import type { ItemAnswer } from '../utils/check/answers';
import { nextStep, sanitizeCheckSection, type NextStep } from '../utils/check/attempts';
import { peek } from '../utils/progress-peek';

const $ = <T extends HTMLElement = HTMLElement>(root: ParentNode, s: string) =>
  root.querySelector<T>(s)!;
const $$ = (root: ParentNode, s: string) => [...root.querySelectorAll<HTMLElement>(s)];
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');

class DiscernmentCheck extends HTMLElement {
  connectedCallback() {
    const L = JSON.parse(this.dataset.labels!);
    const saved = peek();
    const store = { section: sanitizeCheckSection(saved.data.check), canSave: !saved.notice };
    const status = $(this, '.check-status');
    const form = $<HTMLFormElement>(this, '.check-forms');
    const results = $(this, '.check-results');
    const missing = $(this, '.check-missing');
    const again = $(this, '.check-again');
    const date = (iso: string | Date) =>
      new Intl.DateTimeFormat(this.dataset.lang, { dateStyle: 'medium' }).format(new Date(iso));
    // Has the learner completed the final lesson? A light read of the lesson records.
    const courseDone = () => {
      const lessons = peek().data.lessons as Record<string, { status?: string }> | undefined;
      return lessons?.[this.dataset.finalLesson!]?.status === 'completed';
    };
    const step = (): NextStep => nextStep(store.section, new Date(), Math.random);
    $(this, '.check-printable').hidden = true;
    let current: Extract<NextStep, { kind: 'take' }> | null = null;

    const start = () => {
      const next = step();
      if (next.kind !== 'take') return;
      current = next;
      results.hidden = true;
      form.hidden = false;
      form.reset();
      $(this, '.check-submit').hidden = false;
      status.textContent =
        fill(L.taking, { attempt: L.attempts[next.attempt - 1], form: next.form }) +
        (store.canSave ? '' : ' ' + L.notSaved);
      for (const section of $$(this, '.check-form')) {
        section.hidden = section.dataset.form !== next.form;
        if (section.hidden) continue;
        const list = $(section, '.check-items');
        const items = $$(list, '.check-item');
        for (let i = items.length - 1; i > 0; i--) {
          const j = Math.floor(Math.random() * (i + 1));
          [items[i], items[j]] = [items[j]!, items[i]!];
        }
        items.forEach((item, i) => {
          $(item, '.check-item-number').textContent = fill(L.item, {
            n: '' + (i + 1),
            total: '' + items.length,
          });
          list.append(item);
        });
      }
    };

    const show = async (focus: boolean) => {
      const attempts = store.section.attempts;
      if (!attempts.length) return start();
      form.hidden = true;
      status.textContent = '';
      const view = await import('./check-results-view');
      view.renderResults(this, attempts, L, date);
      results.hidden = false;
      const next = step();
      const line = (when: string, text?: string) => {
        const p = $(this, `.check-next[data-when="${when}"]`);
        p.hidden = false;
        if (text) p.textContent = text;
      };
      for (const p of $$(this, '.check-next')) p.hidden = true;
      if (next.kind === 'take' && next.attempt === 2 && !courseDone()) line('2');
      if (next.kind === 'wait') line('wait', fill(L.wait, { date: date(next.from) }));
      if (next.kind === 'done') line('done');
      again.hidden = next.kind !== 'take';
      if (focus) $(this, '#check-results-heading').focus();
    };

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!current) return;
      const taking = current;
      const answers: ItemAnswer[] = [];
      let firstMissing: HTMLElement | undefined;
      $$(this, `.check-form[data-form="${current.form}"] .check-item`).forEach((item, shown) => {
        const rating = item.querySelector<HTMLInputElement>('.check-rating :checked');
        const share = item.querySelector<HTMLInputElement>('.check-share :checked');
        if (rating && share)
          answers[Number(item.dataset.slot)] = {
            rating: +rating.value,
            share: share.value === 'yes',
          };
        else if (!firstMissing) {
          firstMissing = item;
          missing.textContent = fill(L.missing, { n: '' + (shown + 1) });
        }
      });
      if (firstMissing) {
        // Focus the first question of that post still unanswered.
        $(firstMissing, '.check-rating:not(:has(:checked)) input, .check-share input').focus();
        return;
      }
      missing.textContent = '';
      const { openCheckStore } = await import('../utils/check/check-store');
      const progress = openCheckStore(() => localStorage, JSON.parse(this.dataset.lessons!));
      const kept = progress.record({
        form: taking.form,
        attempt: taking.attempt,
        answers,
        at: new Date().toISOString(),
      });
      store.section = progress.section;
      current = null;
      show(true).then(() => {
        if (!kept) status.textContent = L.notSaved;
      });
    });

    again.addEventListener('click', () => {
      start();
      $(this, '.check-form:not([hidden]) input').focus();
    });

    show(false);
  }
}

customElements.define('discernment-check', DiscernmentCheck);
