/*
 * <course-progress>: the "My progress" page. Reads the progress store, fills in the lesson
 * table, and offers continue, export (a JSON file made in the browser), import (merged with
 * what is here; anything not ours is refused whole) and reset. Messages are data-* strings.
 */
import {
  emptyProgress,
  lessonStatus,
  openProgressStore,
  type Progress,
} from '../utils/progress-store';
import {
  lessonToContinue,
  mergeProgress,
  parseProgressFile,
  serializeProgress,
} from '../utils/progress-file';

class CourseProgress extends HTMLElement {
  connectedCallback() {
    const notices: Record<string, string> = JSON.parse(this.dataset.notices!);
    const statusLabels: Record<string, string> = JSON.parse(this.dataset.lStatus!);
    const dateFormat = new Intl.DateTimeFormat(this.dataset.lang, { dateStyle: 'medium' });
    const store = openProgressStore(() => localStorage);
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-lesson]')];
    const messages = this.querySelector<HTMLElement>('.progress-messages')!;
    const actions = this.querySelector<HTMLElement>('.progress-actions')!;

    const say = (...keys: string[]) => {
      messages.replaceChildren(
        ...keys.map((key) => {
          const p = document.createElement('p');
          p.className = 'progress-notice';
          p.textContent = notices[key] ?? key;
          return p;
        }),
      );
    };

    const render = (progress: Progress) => {
      for (const row of rows) {
        const id = row.dataset.lesson!;
        const record = progress.lessons[id];
        row.querySelector('.progress-status')!.textContent =
          statusLabels[lessonStatus(progress, id)]!;
        row.querySelector('.progress-score')!.textContent = record
          ? `${record.bestScore} / ${record.maxScore}`
          : '–';
        row.querySelector('.progress-date')!.textContent = record
          ? dateFormat.format(new Date(record.lastAttemptAt))
          : '–';
      }
      const ids = rows.map((row) => row.dataset.lesson!);
      const next = lessonToContinue(progress, ids);
      const continueLine = this.querySelector<HTMLElement>('.progress-continue')!;
      continueLine.hidden = next === null;
      this.querySelector<HTMLElement>('.progress-all-done')!.hidden = next !== null;
      // Every lesson completed: offer the certificate, made and printed on this device.
      const allDone = rows.every(
        (row) => lessonStatus(progress, row.dataset.lesson!) === 'completed',
      );
      this.querySelector<HTMLElement>('.certificate-form')!.hidden = !allDone;
      if (next) {
        const source = rows.find((row) => row.dataset.lesson === next)!.querySelector('a')!;
        const link = continueLine.querySelector('a')!;
        link.href = source.href;
        link.textContent = source.textContent;
      }
    };

    say(...store.notices);
    render(store.progress);
    actions.hidden = false;

    this.querySelector('.progress-export')!.addEventListener('click', () => {
      const blob = new Blob([serializeProgress(store.progress)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `second-look-progress-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    });

    this.querySelector<HTMLInputElement>('.progress-import')!.addEventListener(
      'change',
      async (event) => {
        const input = event.target as HTMLInputElement;
        const file = input.files?.[0];
        input.value = '';
        if (!file) return;
        const result = parseProgressFile(await file.text());
        if (!result.ok) return say(`import-${result.reason}`);
        const merged = mergeProgress(store.progress, result.progress);
        store.progress = merged;
        store.save(merged);
        render(merged);
        say(
          'imported',
          ...(result.damaged ? ['entries-reset'] : []),
          ...(store.canSave ? [] : ['storage-blocked']),
        );
      },
    );

    this.querySelector('.certificate-print')!.addEventListener('click', () => {
      const certificate = this.querySelector<HTMLElement>('.certificate')!;
      const name = this.querySelector<HTMLInputElement>('.certificate-name')!.value.trim();
      certificate.querySelector('.certificate-learner')!.textContent = name || '—';
      certificate.querySelector('.certificate-lessons')!.replaceChildren(
        ...rows.map((row) => {
          const item = document.createElement('li');
          const done = store.progress.lessons[row.dataset.lesson!]?.completedAt;
          item.textContent = `${row.querySelector('a')!.textContent} (${done ? dateFormat.format(new Date(done)) : '–'})`;
          return item;
        }),
      );
      document.documentElement.classList.add('printing-certificate');
      window.addEventListener(
        'afterprint',
        () => document.documentElement.classList.remove('printing-certificate'),
        {
          once: true,
        },
      );
      window.print();
    });

    this.querySelector('.progress-reset')!.addEventListener('click', () => {
      if (!window.confirm(this.dataset.lResetConfirm!)) return;
      const fresh = emptyProgress();
      store.progress = fresh;
      store.save(fresh);
      render(fresh);
      say('reset');
    });
  }
}

customElements.define('course-progress', CourseProgress);
