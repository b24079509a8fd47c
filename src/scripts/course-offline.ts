/*
 * <course-offline>: downloads the whole course (or one language of it) into the browser's
 * caches, where the service worker (sw.js) reads it when there is no connection. The list and
 * sizes come from offline-files.json, written at build. Files already kept at the same
 * revision are not downloaded again, so an update fetches only what changed. Progress shows
 * in a <progress> bar and is announced in a polite live region at each quarter.
 */
interface Entry {
  url: string;
  bytes: number;
  revision: string;
  kind: 'page' | 'asset';
}
interface OfflineList {
  version: string;
  caches: { page: string; asset: string; state: string };
  sets: Record<string, Entry[]>;
}

const STATE_KEY = 'offline-state.json';
const PARALLEL = 4;

/** What this browser keeps: revision by URL. Kept in the Cache API, never in localStorage. */
async function readState(list: OfflineList): Promise<Record<string, string>> {
  const cache = await caches.open(list.caches.state);
  const response = await cache.match(STATE_KEY);
  return response ? response.json() : {};
}

async function writeState(list: OfflineList, state: Record<string, string>) {
  const cache = await caches.open(list.caches.state);
  await cache.put(STATE_KEY, new Response(JSON.stringify(state)));
}

class CourseOffline extends HTMLElement {
  connectedCallback() {
    const $ = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const message = $('.offline-message');
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      message.textContent = this.dataset.unsupported!;
      return;
    }
    message.hidden = true;
    $('.offline-controls').hidden = false;
    $('.offline-start').addEventListener('click', () => this.download());
    void this.showSaved();
  }

  private async list(): Promise<OfflineList> {
    const response = await fetch(this.dataset.list!, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${response.status}`);
    return response.json();
  }

  /** Says so when this language is already kept at the current version. */
  private async showSaved() {
    try {
      const list = await this.list();
      const state = await readState(list);
      const set = list.sets[this.dataset.set!] ?? [];
      if (set.length && set.every((e) => state[e.url] === e.revision)) {
        this.querySelector('.offline-status')!.textContent = this.dataset.saved!;
      }
    } catch {
      // Offline or not yet published: the button still works when the list can be read.
    }
  }

  private async download() {
    const button = this.querySelector<HTMLButtonElement>('.offline-start')!;
    const bar = this.querySelector<HTMLProgressElement>('.offline-progress')!;
    const status = this.querySelector('.offline-status')!;
    const chosen = this.querySelector<HTMLInputElement>('input[type="radio"]:checked')!.value;
    button.disabled = true;
    try {
      await navigator.serviceWorker.ready;
      const list = await this.list();
      const state = await readState(list);
      const entries = list.sets[chosen] ?? [];
      const todo = entries.filter((e) => state[e.url] !== e.revision);
      const total = todo.reduce((n, e) => n + e.bytes, 0) || 1;
      let done = 0;
      let announced = -1;
      const report = () => {
        const percent = Math.floor((done / total) * 100);
        bar.value = percent;
        const quarter = Math.floor(percent / 25);
        if (quarter !== announced) {
          announced = quarter;
          status.textContent = this.dataset.downloading!.replace('{{percent}}', String(percent));
        }
      };
      bar.hidden = false;
      report();
      const pages = await caches.open(list.caches.page);
      const assets = await caches.open(list.caches.asset);
      const queue = [...todo];
      const worker = async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const response = await fetch(entry.url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${response.status} ${entry.url}`);
          await (entry.kind === 'page' ? pages : assets).put(entry.url, response);
          state[entry.url] = entry.revision;
          done += entry.bytes;
          report();
        }
      };
      try {
        await Promise.all(Array.from({ length: PARALLEL }, worker));
      } finally {
        await writeState(list, state);
      }
      bar.value = 100;
      status.textContent = this.dataset.done!;
    } catch {
      status.textContent = this.dataset.failed!;
    } finally {
      button.disabled = false;
    }
  }
}

customElements.define('course-offline', CourseOffline);
