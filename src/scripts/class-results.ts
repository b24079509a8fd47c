/*
 * <class-results>: the teacher's class results page. Reads pasted codes and exported progress
 * files in the browser (nothing is uploaded), then fills the means table with 95% intervals,
 * the chart, the hardest posts and techniques, the list of lines not counted, and offers a CSV.
 */
import {
  classCsv,
  codesFromProgressFile,
  hardestItems,
  hardestTechniques,
  parseCodes,
  summarizeAttempts,
  type BadLine,
  type ClassEntry,
  type MeanWithInterval,
} from '../utils/check/class-results';
import { formatScore, scaleOf, setBar } from './check-chart';

const $ = <T extends HTMLElement = HTMLElement>(root: ParentNode, s: string) =>
  root.querySelector<T>(s)!;
const fill = (template: string, values: Record<string, unknown>) =>
  template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));
const cell = (tag: 'td' | 'th', content: string | Node) => {
  const el = document.createElement(tag);
  el.append(content);
  return el;
};

class ClassResults extends HTMLElement {
  entries: ClassEntry[] = [];

  connectedCallback() {
    const L = JSON.parse(this.dataset.labels!);
    const status = $(this, '.class-status');
    const output = $(this, '.class-output');
    const badSection = $(this, '.class-bad');
    const files = $<HTMLInputElement>(this, '.class-files');

    const interval = (m: MeanWithInterval, signed: boolean) =>
      Number.isNaN(m.mean)
        ? '–'
        : m.low === null
          ? `${formatScore(m.mean, signed)} (${L.noInterval})`
          : // One left-to-right isolate, so the bracketed interval reads in order in Arabic too.
            `\u2066${formatScore(m.mean, signed)} [${formatScore(m.low, signed)}, ${formatScore(m.high!, signed)}]\u2069`;

    const render = (entries: ClassEntry[], bad: BadLine[]) => {
      this.entries = entries;
      status.textContent = fill(L.counted, { good: entries.length, bad: bad.length });
      badSection.hidden = !bad.length;
      $(badSection, 'ul').replaceChildren(
        ...bad.map((b) => {
          const li = document.createElement('li');
          const problem = b.problem as unknown as Record<string, unknown>;
          li.textContent = `${[b.source, b.line ? fill(L.line, { line: b.line }) : ''].filter(Boolean).join(', ')}: ${fill(L.reasons[b.problem.reason], problem)} — \u2068${b.text}\u2069`;
          return li;
        }),
      );
      output.hidden = !entries.length;
      if (!entries.length) return;
      const summary = summarizeAttempts(entries);
      const svgs = [...this.querySelectorAll<SVGSVGElement>('.check-chart')];
      summary.forEach((s, slot) => {
        const row = this.querySelectorAll(`.class-means tr[data-attempt="${s.attempt}"] td`);
        [
          String(s.n),
          interval(s.discernment, true),
          interval(s.scepticism, false),
          interval(s.sharingDiscernment, true),
        ].forEach((text, i) => (row[i]!.textContent = text));
        (['discernment', 'scepticism'] as const).forEach((name, i) => {
          const svg = svgs[i]!;
          const m = s[name];
          setBar(svg, slot, s.n ? m.mean : null);
          const { y } = scaleOf(svg);
          const ci = svg.querySelector(`[data-slot="${slot}"] .check-chart-ci`)!;
          ci.setAttribute('y1', '' + (m.low === null ? 0 : y(m.low)));
          ci.setAttribute('y2', '' + (m.high === null ? 0 : y(m.high)));
        });
      });
      const items = hardestItems(entries)
        .filter((i) => i.misjudged > 0)
        .slice(0, 8);
      $(this, '.class-items tbody').replaceChildren(
        ...items.map((item) => {
          const tr = document.createElement('tr');
          const info = L.items[item.itemId];
          tr.append(
            cell('th', info.label),
            cell('td', info.kind),
            cell('td', fill(L.ofN, { x: item.misjudged, n: item.answered })),
          );
          tr.firstElementChild!.setAttribute('scope', 'row');
          return tr;
        }),
      );
      $(this, '.class-techniques tbody').replaceChildren(
        ...hardestTechniques(entries).map((row) => {
          const tr = document.createElement('tr');
          const link = Object.assign(document.createElement('a'), {
            href: L.techniques[row.technique].href,
            textContent: L.techniques[row.technique].name,
          });
          tr.append(
            cell('th', link),
            cell('td', fill(L.ofN, { x: row.ratedReliable, n: row.answered })),
            cell('td', formatScore(row.meanRating, false)),
          );
          tr.firstElementChild!.setAttribute('scope', 'row');
          return tr;
        }),
      );
    };

    $(this, '.class-show').addEventListener('click', async () => {
      const pasted = parseCodes($<HTMLTextAreaElement>(this, '.class-codes').value);
      const entries = [...pasted.entries];
      const bad = [...pasted.bad];
      for (const file of files.files ?? []) {
        const codes = codesFromProgressFile(await file.text());
        if (!codes) {
          bad.push({
            source: file.name,
            line: 0,
            text: '',
            problem: { reason: 'not-a-progress-file' },
          });
          continue;
        }
        const parsed = parseCodes(codes.join('\n'), file.name);
        entries.push(...parsed.entries);
        bad.push(...parsed.bad);
      }
      if (!entries.length && !bad.length) {
        status.textContent = L.nothing;
        return;
      }
      render(entries, bad);
    });

    $(this, '.class-csv').addEventListener('click', () => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([classCsv(this.entries)], { type: 'text/csv' }));
      link.download = `second-look-class-results-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    });
  }
}

customElements.define('class-results', ClassResults);
