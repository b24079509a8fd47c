/*
 * <offline-page>: lists the pages of this language kept on this device (in the service
 * worker's page cache), with their titles from offline-files.json, so an offline learner can
 * go on reading. Without any, the "nothing saved yet" text stays.
 */
interface Entry {
  url: string;
  kind: 'page' | 'asset';
  title?: string;
}

class OfflinePage extends HTMLElement {
  async connectedCallback() {
    if (!('caches' in window)) return;
    try {
      const list = await (await fetch(this.dataset.list!)).json();
      const pages = await caches.open(list.caches.page);
      const kept = new Set((await pages.keys()).map((r) => new URL(r.url).pathname));
      const entries: Entry[] = list.sets[this.dataset.set!].filter(
        (e: Entry) =>
          e.kind === 'page' && e.title && kept.has(e.url) && !/\/offline\/$/.test(e.url),
      );
      if (!entries.length) return;
      const ul = this.querySelector('.offline-page-list')!;
      for (const entry of entries) {
        const link = document.createElement('a');
        link.href = entry.url;
        link.textContent = entry.title!;
        const item = document.createElement('li');
        item.append(link);
        ul.append(item);
      }
      this.querySelector<HTMLElement>('.offline-page-text')!.hidden = false;
      this.querySelector<HTMLElement>('.offline-page-none')!.hidden = true;
    } catch {
      // Nothing readable: the "nothing saved yet" text stays.
    }
  }
}

customElements.define('offline-page', OfflinePage);
