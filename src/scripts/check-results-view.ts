/*
 * The check's results view, loaded by <discernment-check> only when there are results to show:
 * the chart and its table, two or three sentences that read the change honestly, the techniques
 * still rated reliable, the result code and (loaded on demand again) its QR code.
 */
import type { CheckAttempt } from '../utils/check/attempts';
import { encodeResult } from '../utils/check/result-code';
import { interpretChange, scoreAnswers, techniquesRatedReliable } from '../utils/check/scoring';
import { formatScore, setBar } from './check-chart';

const $ = (root: ParentNode, s: string) => root.querySelector<HTMLElement>(s)!;
const $$ = <T extends Element = HTMLElement>(root: ParentNode, s: string) => [
  ...root.querySelectorAll<T>(s),
];
export const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');

export function renderResults(
  root: HTMLElement,
  attempts: CheckAttempt[],
  L: Record<string, string>,
  date: (iso: string) => string,
) {
  const scores = attempts.map((a) => scoreAnswers(a.answers));
  const first = scores[0]!;
  const last = scores.at(-1)!;
  const f = formatScore;
  const svgs = $$<SVGSVGElement>(root, '.check-chart');
  for (let slot = 0; slot < 3; slot++) {
    const i = attempts.findIndex((a) => a.attempt === slot + 1);
    const s = scores[i];
    setBar(svgs[0]!, slot, s ? s.discernment : null);
    setBar(svgs[1]!, slot, s ? s.scepticism : null);
    if (s) {
      const cells = $$(root, `tr[data-attempt="${slot + 1}"] td`);
      [
        f(s.discernment, true),
        f(s.scepticism, false),
        f(s.sharingDiscernment, true),
        attempts[i]!.form,
        date(attempts[i]!.at),
      ].forEach((text, c) => (cells[c]!.textContent = text));
    }
  }
  const lines: string[] = [];
  if (scores.length === 1)
    lines.push(fill(L.one!, { d: f(first.discernment, true), s: f(first.scepticism, false) }));
  else {
    const change = interpretChange(first, last);
    lines.push(
      fill(L['d' + change.discernment]!, {
        from: f(first.discernment, true),
        to: f(last.discernment, true),
      }),
    );
    lines.push(
      fill(L['s' + change.scepticism]!, {
        from: f(first.scepticism, false),
        to: f(last.scepticism, false),
      }),
    );
    if (change.distrustOnly) lines.push(L.distrust!);
  }
  $(root, '.check-summary').replaceChildren(
    ...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })),
  );
  // Techniques still rated reliable in the latest attempt, linked to lesson 4's sections.
  const latest = attempts.at(-1)!;
  const reliable: string[] = techniquesRatedReliable(latest.answers);
  for (const li of $$(root, '[data-technique]'))
    li.hidden = !reliable.includes(li.dataset.technique!);
  $(root, '.check-techniques-none').hidden = reliable.length > 0;
  $(root, '.check-techniques-intro').hidden = !reliable.length;
  const code = encodeResult(latest);
  const codeLine = $(root, '.check-code');
  codeLine.textContent = codeLine.dataset.resultCode = code;
  const qr = $(root, '.check-qr');
  import('./check-qr')
    .then(({ qrSvg }) => qrSvg(code))
    .then(
      (svg) => {
        qr.innerHTML = svg;
        qr.hidden = false;
      },
      () => {},
    );
}
