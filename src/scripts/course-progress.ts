/*
 * <course-progress>: the "My progress" page. Reads the progress store, fills in the lesson
 * table, and offers continue, export (a JSON file made in the browser), import (merged with
 * what is here; anything not ours, or too large to be ours, is refused whole), the copies kept
 * in this browser, reset (which keeps a copy) and deleting everything. Messages are data-*
 * strings. When another tab saves, the page reads storage again and redraws.
 */
import { openProgressStore, type Progress } from '../utils/progress-store';
import { lessonRecord, lessonStatus } from '../utils/lesson-records';
import {
  fileTooLarge,
  lessonToContinue,
  listBackups,
  parseProgressFile,
  resetProgress,
  serializeProgress,
} from '../utils/progress-file';

/** Offer `text` as a file download, made in the browser. */
function download(text: string, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

class CourseProgress extends HTMLElement {
  connectedCallback() {
    const notices: Record<string, string> = JSON.parse(this.dataset.notices!);
    const labels: Record<string, string> = JSON.parse(this.dataset.labels!);
    const dateFormat = new Intl.DateTimeFormat(this.dataset.lang, { dateStyle: 'medium' });
    const timeFormat = new Intl.DateTimeFormat(this.dataset.lang, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-lesson]')];
    const ids = rows.map((row) => row.dataset.lesson!);
    const store = openProgressStore(() => localStorage, ids);
    const $ = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const messages = $('.progress-messages');
    const backupList = $('.progress-backups-list');

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

    const renderBackups = () => {
      const backups = store.storage ? listBackups(store.storage) : [];
      $('.progress-backups').hidden = !backups.length;
      backupList.replaceChildren(
        ...backups.map((backup) => {
          const item = document.createElement('li');
          const what = document.createElement('p');
          const at = new Date(backup.at);
          what.textContent = `${labels.backupOf!.replace(
            '{date}',
            Number.isNaN(+at) ? '–' : timeFormat.format(at),
          )}: ${labels[backup.reason] ?? ''}`;
          const save = document.createElement('button');
          save.type = 'button';
          save.textContent = labels.backupSave!;
          save.addEventListener('click', () =>
            download(backup.text, `second-look-progress-copy-${backup.at.slice(0, 10)}.json`),
          );
          const restore = document.createElement('button');
          restore.type = 'button';
          restore.textContent = labels.backupRestore!;
          restore.addEventListener('click', () => {
            const result = parseProgressFile(backup.text, ids);
            if (!result.ok) return say('backupUnusable');
            combine(result.progress, 'restored', result.damaged);
          });
          item.append(what, save, ' ', restore);
          return item;
        }),
      );
    };

    const render = (progress: Progress) => {
      for (const row of rows) {
        const id = row.dataset.lesson!;
        const record = lessonRecord(progress, id);
        row.querySelector('.progress-status')!.textContent = labels[lessonStatus(progress, id)]!;
        // The best score against the quiz it was earned on, which may since have changed.
        const score = row.querySelector('.progress-score')!;
        score.textContent = record ? `${record.bestScore} / ${record.bestOf}` : '–';
        if (record && record.bestOf !== Number(row.dataset.questions)) {
          const note = document.createElement('small');
          note.className = 'progress-score-note';
          note.textContent = labels.earlierQuiz!;
          score.append(' ', note);
        }
        row.querySelector('.progress-date')!.textContent = record
          ? dateFormat.format(new Date(record.lastAttemptAt))
          : '–';
      }
      const next = lessonToContinue(progress, ids);
      const continueLine = $('.progress-continue');
      continueLine.hidden = next === null;
      $('.progress-all-done').hidden = next !== null;
      // Every lesson completed: offer the certificate, made and printed on this device.
      $('.certificate-form').hidden = next !== null;
      if (next) {
        const source = rows.find((row) => row.dataset.lesson === next)!.querySelector('a')!;
        const link = continueLine.querySelector('a')!;
        link.href = source.href;
        link.textContent = source.textContent;
      }
      renderBackups();
    };

    /** Merge progress from a file or a copy into what is stored, and say what happened. */
    const combine = (incoming: Progress, done: string, damaged: boolean) => {
      const saved = store.write(incoming);
      render(store.progress);
      say(saved ? done : 'importNotSaved', ...(damaged ? ['entriesReset'] : []));
    };

    say(...store.notices);
    render(store.progress);
    $('.progress-actions').hidden = false;

    addEventListener('storage', () => {
      store.reload();
      render(store.progress);
    });

    $('.progress-export').addEventListener('click', () =>
      download(
        serializeProgress(store.progress),
        `second-look-progress-${new Date().toISOString().slice(0, 10)}.json`,
      ),
    );

    $<HTMLInputElement>('.progress-import').addEventListener('change', async (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      // A file too large to be ours is refused by its size, before it is read.
      if (fileTooLarge(file.size)) return say('import-tooLarge');
      const result = parseProgressFile(await file.text(), ids);
      if (!result.ok) return say(`import-${result.reason}`);
      combine(result.progress, 'imported', result.damaged);
    });

    const nameInput = $<HTMLInputElement>('.certificate-name');
    $('.certificate-print').addEventListener('click', () => {
      const certificate = $('.certificate');
      const name = nameInput.value.trim().slice(0, nameInput.maxLength);
      certificate.querySelector('.certificate-learner')!.textContent = name || '—';
      certificate.querySelector('.certificate-lessons')!.replaceChildren(
        ...rows.map((row) => {
          const item = document.createElement('li');
          const done = lessonRecord(store.progress, row.dataset.lesson!)?.completedAt;
          item.textContent = `${row.querySelector('a')!.textContent} (${done ? dateFormat.format(new Date(done)) : '–'})`;
          return item;
        }),
      );
      document.documentElement.classList.add('printing-certificate');
      addEventListener(
        'afterprint',
        () => document.documentElement.classList.remove('printing-certificate'),
        { once: true },
      );
      print();
    });

    /** Reset, keeping a copy unless `forGood`; say so, or say it failed. */
    const reset = (forGood: boolean) => {
      if (!confirm(labels[forGood ? 'deleteAllConfirm' : 'resetConfirm'])) return;
      try {
        resetProgress(store.storage!, forGood);
      } catch {
        return say(store.storage ? 'saveFailed' : 'storageBlocked');
      }
      store.reload();
      render(store.progress);
      say(forGood ? 'deletedAll' : 'reset');
    };
    $('.progress-reset').addEventListener('click', () => reset(false));
    $('.progress-delete-all').addEventListener('click', () => reset(true));
  }
}

customElements.define('course-progress', CourseProgress);
